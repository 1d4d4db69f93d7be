package se.dpia.app.views.flows;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import se.dpia.app.Messages;
import se.dpia.model.DataFlow;
import se.dpia.model.Described;
import se.dpia.model.Location;
import se.dpia.model.SystemAsset;
import se.dpia.model.facts.Facts;

/**
 * Paints a laid-out data-flow diagram: locations as tinted groups, systems as boxes (those that store personal data
 * tinted), flows as arrows with their data in a label; the highlighted elements drawn thick in the selection colour.
 * A click hands the element under the mouse (or none) to the listener; hovering shows what an element is.
 */
final class FlowCanvas extends Canvas {

	private static final RGB INK = new RGB(45, 55, 72);
	private static final RGB MUTED = new RGB(95, 105, 120);
	private static final RGB GROUP_FILL = new RGB(238, 242, 247);
	private static final RGB GROUP_LINE = new RGB(150, 162, 178);
	private static final RGB OUTSIDE_EU_LINE = new RGB(190, 40, 40);
	private static final RGB SYSTEM_FILL = new RGB(255, 255, 255);
	private static final RGB STORE_FILL = new RGB(255, 246, 214);
	private static final RGB HIGHLIGHT = new RGB(0, 95, 204);
	private static final RGB HIGHLIGHT_FILL = new RGB(220, 234, 255);
	private static final int ARC = 10;

	private final LocalResourceManager resources;
	private final Font bold;
	private FlowLayout layout = FlowLayout.EMPTY;
	private Set<EObject> highlighted = Set.of();
	private EObject hovered;

	FlowCanvas(Composite parent, Consumer<EObject> onClick) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		resources = new LocalResourceManager(JFaceResources.getResources(), this);
		setFont(JFaceResources.getDefaultFont());
		bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		addListener(SWT.Paint, event -> paint(event.gc));
		addListener(SWT.MouseDown, event -> {
			if (event.button == 1) {
				onClick.accept(layout.elementAt(event.x, event.y));
			}
		});
		addListener(SWT.MouseMove, event -> hover(layout.elementAt(event.x, event.y)));
	}

	/** Measures texts in the fonts the canvas paints with. */
	TextMeasure measure() {
		return (text, inBold) -> {
			GC gc = new GC(this);
			try {
				gc.setFont(inBold ? bold : getFont());
				return gc.textExtent(text, SWT.DRAW_DELIMITER);
			} finally {
				gc.dispose();
			}
		};
	}

	void show(FlowLayout shown, Set<EObject> marked) {
		this.layout = shown;
		this.highlighted = marked;
		redraw();
	}

	FlowLayout diagram() {
		return layout;
	}

	private void hover(EObject element) {
		if (element == hovered) {
			return;
		}
		hovered = element;
		String tip = switch (element) {
		case DataFlow flow -> FlowTexts.describe(flow);
		case Described described when described.getDescription() != null -> FlowTexts.name(described) + "\n"
				+ described.getDescription();
		case Described described -> FlowTexts.name(described);
		case null, default -> null;
		};
		setToolTipText(tip);
	}

	private Color colour(RGB rgb) {
		return resources.createColor(rgb);
	}

	private void paint(GC gc) {
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(getClientArea());
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		if (layout.isEmpty()) {
			gc.setForeground(colour(MUTED));
			gc.drawText(Messages.flowsNone, 12, 12, true);
			return;
		}
		for (FlowLayout.Box box : layout.boxes()) {
			if (box.group()) {
				paintGroup(gc, box);
			}
		}
		for (FlowLayout.Box box : layout.boxes()) {
			if (!box.group()) {
				paintSystem(gc, box);
			}
		}
		// highlighted arrows last, so they stay visible where routes run side by side
		layout.arrows().stream().filter(a -> !highlighted.contains(a.flow())).forEach(a -> paintArrow(gc, a, false));
		layout.arrows().stream().filter(a -> highlighted.contains(a.flow())).forEach(a -> paintArrow(gc, a, true));
	}

	private void paintGroup(GC gc, FlowLayout.Box box) {
		Rectangle r = box.bounds();
		boolean marked = highlighted.contains(box.element());
		gc.setBackground(colour(marked ? HIGHLIGHT_FILL : GROUP_FILL));
		gc.fillRoundRectangle(r.x, r.y, r.width, r.height, ARC, ARC);
		boolean outside = box.element() instanceof Location location && Facts.no(location.getInEuEea());
		gc.setForeground(colour(marked ? HIGHLIGHT : outside ? OUTSIDE_EU_LINE : GROUP_LINE));
		gc.setLineWidth(marked ? 3 : outside ? 2 : 1);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawRoundRectangle(r.x, r.y, r.width, r.height, ARC, ARC);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		int x = r.x + FlowGraph.BOX_PADDING;
		int y = r.y + FlowGraph.BOX_PADDING;
		gc.setFont(bold);
		gc.setForeground(colour(INK));
		gc.drawText(box.title(), x, y, SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
		y += gc.textExtent(box.title(), SWT.DRAW_DELIMITER).y + 2;
		gc.setFont(getFont());
		if (!box.subtitle().isEmpty()) {
			gc.setForeground(colour(outside ? OUTSIDE_EU_LINE : MUTED));
			gc.drawText(box.subtitle(), x, y, SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
		}
	}

	private void paintSystem(GC gc, FlowLayout.Box box) {
		Rectangle r = box.bounds();
		boolean marked = highlighted.contains(box.element());
		boolean store = box.element() instanceof SystemAsset system && Facts.yes(system.getStoresData());
		gc.setBackground(colour(marked ? HIGHLIGHT_FILL : store ? STORE_FILL : SYSTEM_FILL));
		gc.fillRoundRectangle(r.x, r.y, r.width, r.height, ARC, ARC);
		gc.setForeground(colour(marked ? HIGHLIGHT : INK));
		gc.setLineWidth(marked ? 3 : 1);
		gc.drawRoundRectangle(r.x, r.y, r.width, r.height, ARC, ARC);
		gc.setLineWidth(1);
		gc.setFont(bold);
		Point title = gc.textExtent(box.title(), SWT.DRAW_DELIMITER);
		gc.setFont(getFont());
		Point subtitle = box.subtitle().isEmpty() ? new Point(0, 0) : gc.textExtent(box.subtitle(), SWT.DRAW_DELIMITER);
		int y = r.y + (r.height - title.y - (subtitle.y == 0 ? 0 : subtitle.y + 2)) / 2;
		gc.setFont(bold);
		gc.setForeground(colour(INK));
		centreLines(gc, box.title(), r.x + r.width / 2, y);
		gc.setFont(getFont());
		if (subtitle.y > 0) {
			gc.setForeground(colour(MUTED));
			centreLines(gc, box.subtitle(), r.x + r.width / 2, y + title.y + 2);
		}
	}

	/** Draws each line of a text centred on x, from y down. */
	private static void centreLines(GC gc, String text, int x, int y) {
		int top = y;
		for (String line : text.split("\n")) {
			Point extent = gc.textExtent(line);
			gc.drawText(line, x - extent.x / 2, top, true);
			top += extent.y;
		}
	}

	private void paintArrow(GC gc, FlowLayout.Arrow arrow, boolean marked) {
		List<Point> route = arrow.route();
		if (route.size() < 2) {
			return;
		}
		Color ink = colour(marked ? HIGHLIGHT : INK);
		gc.setForeground(ink);
		gc.setBackground(ink);
		gc.setLineWidth(marked ? 3 : 1);
		int[] points = new int[route.size() * 2];
		for (int i = 0; i < route.size(); i++) {
			points[2 * i] = route.get(i).x;
			points[2 * i + 1] = route.get(i).y;
		}
		// stop the line at the arrowhead's base so a thick line doesn't poke through the tip
		Point tip = route.get(route.size() - 1);
		Point before = route.get(route.size() - 2);
		double length = Math.max(1, Math.hypot(tip.x - before.x, tip.y - before.y));
		double ux = (tip.x - before.x) / length;
		double uy = (tip.y - before.y) / length;
		int head = marked ? 12 : 10;
		points[points.length - 2] = (int) Math.round(tip.x - ux * head * 0.8);
		points[points.length - 1] = (int) Math.round(tip.y - uy * head * 0.8);
		gc.drawPolyline(points);
		gc.setLineWidth(1);
		double half = head * 0.45;
		gc.fillPolygon(new int[] { tip.x, tip.y,
				(int) Math.round(tip.x - ux * head - uy * half), (int) Math.round(tip.y - uy * head + ux * half),
				(int) Math.round(tip.x - ux * head + uy * half), (int) Math.round(tip.y - uy * head - ux * half) });
		Rectangle label = arrow.labelBounds();
		if (label != null && !arrow.label().isEmpty()) {
			gc.setBackground(colour(marked ? HIGHLIGHT_FILL : SYSTEM_FILL));
			gc.fillRectangle(label);
			if (marked) {
				gc.setForeground(colour(HIGHLIGHT));
				gc.drawRectangle(label);
			}
			gc.setForeground(colour(marked ? HIGHLIGHT : MUTED));
			gc.setFont(getFont());
			gc.drawText(arrow.label(), label.x + 3, label.y + 2, SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
		}
	}

	/** Clicks an element where it is drawn, as the user does with the mouse. */
	void click(EObject element) {
		Point at = pointOn(element);
		if (at == null) {
			throw new IllegalArgumentException("the diagram does not show " + element);
		}
		Event down = new Event();
		down.x = at.x;
		down.y = at.y;
		down.button = 1;
		notifyListeners(SWT.MouseDown, down);
	}

	private Point pointOn(EObject element) {
		FlowLayout.Box box = layout.boxOf(element);
		if (box != null) {
			Rectangle r = box.bounds();
			return box.group() ? new Point(r.x + 4, r.y + 4) : new Point(r.x + r.width / 2, r.y + r.height / 2);
		}
		FlowLayout.Arrow arrow = element instanceof DataFlow flow ? layout.arrowOf(flow) : null;
		if (arrow == null) {
			return null;
		}
		if (arrow.labelBounds() != null) {
			Rectangle l = arrow.labelBounds();
			return new Point(l.x + l.width / 2, l.y + l.height / 2);
		}
		Point a = arrow.route().get(0);
		Point b = arrow.route().get(1);
		return new Point((a.x + b.x) / 2, (a.y + b.y) / 2);
	}
}
