package se.dpia.app.views.heatmap;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import se.dpia.app.Messages;
import se.dpia.app.views.DomainTexts;
import se.dpia.app.views.LevelBand;
import se.dpia.model.Risk;
import se.dpia.model.risk.RiskScales;

/**
 * One likelihood × severity grid drawn on a canvas: severity upwards, likelihood to the right, each cell coloured by
 * its level's band and showing how many risks it holds. A click on a cell hands its risks to the listener.
 */
final class HeatMapGrid extends Canvas {

	private static final int LEFT = 110;
	private static final int TOP = 44;
	private static final int BOTTOM = 44;
	private static final int CELL_MAX = 80;

	private final String title;
	private final LocalResourceManager colours;
	private HeatMapCounts counts;
	private Point selected;

	HeatMapGrid(Composite parent, String title, Consumer<List<Risk>> onCell) {
		super(parent, SWT.DOUBLE_BUFFERED);
		this.title = title;
		this.colours = new LocalResourceManager(JFaceResources.getResources(), this);
		addListener(SWT.Paint, event -> paint(event.gc));
		addListener(SWT.MouseDown, event -> {
			Point cell = cellAt(event.x, event.y);
			if (cell != null && counts != null) {
				selected = cell;
				redraw();
				onCell.accept(counts.risks(cell.x, cell.y));
			}
		});
	}

	/** Shows new counts; the clicked cell stays marked unless the assessment is another one. */
	void show(HeatMapCounts shown, boolean otherAssessment) {
		if (otherAssessment) {
			selected = null;
		}
		this.counts = shown;
		redraw();
	}

	HeatMapCounts counts() {
		return counts;
	}

	/** The side of a cell: as large as the canvas allows, up to a limit. */
	private int cellSize() {
		int n = counts == null ? 1 : Math.max(1, counts.scale().levels().size());
		Rectangle area = getClientArea();
		return Math.max(20, Math.min(CELL_MAX, Math.min((area.width - LEFT - 8) / n, (area.height - TOP - BOTTOM) / n)));
	}

	/** The cell's rectangle on the canvas, for a likelihood and severity value of the scale. */
	Rectangle cellBounds(int likelihood, int severity) {
		List<RiskScales.Level> levels = counts.scale().levels();
		int n = levels.size();
		int size = cellSize();
		int column = indexOf(levels, likelihood);
		int row = n - 1 - indexOf(levels, severity);
		return new Rectangle(LEFT + column * size, TOP + row * size, size, size);
	}

	private Point cellAt(int x, int y) {
		if (counts == null) {
			return null;
		}
		for (RiskScales.Level l : counts.scale().levels()) {
			for (RiskScales.Level s : counts.scale().levels()) {
				if (cellBounds(l.value(), s.value()).contains(x, y)) {
					return new Point(l.value(), s.value());
				}
			}
		}
		return null;
	}

	private static int indexOf(List<RiskScales.Level> levels, int value) {
		for (int i = 0; i < levels.size(); i++) {
			if (levels.get(i).value() == value) {
				return i;
			}
		}
		return -1;
	}

	private void paint(GC gc) {
		gc.drawText(title, 4, 4, true);
		if (counts == null) {
			return;
		}
		if (!counts.notAssessed().isEmpty()) {
			gc.drawText("(" + NLS.bind(Messages.heatMapNotAssessed, counts.notAssessed().size()) + ")",
					4 + gc.textExtent(title).x + 12, 4, true);
		}
		RiskScales scale = counts.scale();
		int size = cellSize();
		for (RiskScales.Level l : scale.levels()) {
			for (RiskScales.Level s : scale.levels()) {
				paintCell(gc, l.value(), s.value(), scale.acceptableLevel());
			}
			Rectangle bottom = cellBounds(l.value(), scale.min());
			// the values only: the severity axis names the levels, and names are wider than a cell
			centre(gc, Integer.toString(l.value()), bottom.x + size / 2, bottom.y + size + 4 + gc.getFontMetrics().getHeight() / 2);
			Rectangle left = cellBounds(scale.min(), l.value());
			gc.drawText(l.value() + " " + scale.severityLabel(l.value(), DomainTexts.locale()), 4,
					left.y + size / 2 - gc.getFontMetrics().getHeight() / 2, true);
		}
		Rectangle corner = cellBounds(scale.min(), scale.min());
		int below = corner.y + size + 6 + gc.getFontMetrics().getHeight();
		centre(gc, Messages.heatMapLikelihood + " \u2192", LEFT + size * scale.levels().size() / 2,
				below + gc.getFontMetrics().getHeight() / 2);
		gc.drawText(Messages.heatMapSeverity + " \u2191", 4, 22, true);
	}

	private void paintCell(GC gc, int likelihood, int severity, int acceptable) {
		Rectangle cell = cellBounds(likelihood, severity);
		gc.setBackground(colours.createColor(LevelBand.of(likelihood * severity, acceptable).rgb()));
		gc.fillRectangle(cell);
		boolean isSelected = selected != null && selected.x == likelihood && selected.y == severity;
		gc.setLineWidth(isSelected ? 3 : 1);
		gc.drawRectangle(cell.x, cell.y, cell.width, cell.height);
		gc.setLineWidth(1);
		int count = counts.count(likelihood, severity);
		centre(gc, count == 0 ? "\u00b7" : Integer.toString(count), cell.x + cell.width / 2, cell.y + cell.height / 2);
	}

	private static void centre(GC gc, String text, int x, int y) {
		Point extent = gc.textExtent(text, SWT.DRAW_DELIMITER);
		gc.drawText(text, x - extent.x / 2, y - extent.y / 2, SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
	}

	/** Clicks the cell of a likelihood and severity value, as the user does with the mouse. */
	void click(int likelihood, int severity) {
		Rectangle cell = cellBounds(likelihood, severity);
		Event down = new Event();
		down.x = cell.x + cell.width / 2;
		down.y = cell.y + cell.height / 2;
		down.button = 1;
		notifyListeners(SWT.MouseDown, down);
	}
}
