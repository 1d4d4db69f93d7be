package se.dpia.app.views.heatmap;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import se.dpia.app.Messages;
import se.dpia.app.views.ElementSelectionProvider;
import se.dpia.app.views.LevelBand;
import se.dpia.app.views.ModelFollower;
import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.risk.RiskScales;

/**
 * The open assessment's risks on its likelihood × severity scale, before the measures (inherent) and after them
 * (residual), side by side with a legend of the level bands. A click on a cell selects its risks in the workbench, so
 * the model tree and the risk register show them.
 */
public class HeatMapView extends ViewPart {

	public static final String ID = "se.dpia.app.heatMap";

	private final ElementSelectionProvider selection = new ElementSelectionProvider();
	private HeatMapGrid inherent;
	private HeatMapGrid residual;
	private Composite legend;
	private LocalResourceManager colours;
	private Assessment shown;

	@Override
	public void createPartControl(Composite parent) {
		colours = new LocalResourceManager(JFaceResources.getResources(), parent);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(4, 4).applyTo(parent);
		inherent = new HeatMapGrid(parent, Messages.heatMapInherent, this::cellClicked);
		residual = new HeatMapGrid(parent, Messages.heatMapResidual, this::cellClicked);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(inherent);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(residual);
		legend = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(legend);
		getSite().setSelectionProvider(selection);
		new ModelFollower(inherent, this::show);
	}

	private void cellClicked(List<Risk> risks) {
		selection.select(risks);
	}

	private void show(Assessment assessment) {
		List<Risk> risks = assessment == null ? List.of() : assessment.getRisks();
		RiskScales scale = RiskScales.of(assessment);
		boolean other = assessment != shown;
		shown = assessment;
		inherent.show(HeatMapCounts.inherent(risks, scale), other);
		residual.show(HeatMapCounts.residual(risks, scale), other);
		showLegend(scale.acceptableLevel());
	}

	/** One swatch and one text per band, so the colours are never the only key. */
	private void showLegend(int acceptableLevel) {
		for (Control old : legend.getChildren()) {
			old.dispose();
		}
		GridLayoutFactory.fillDefaults().numColumns(2 * LevelBand.values().length).spacing(6, 0).applyTo(legend);
		for (LevelBand band : LevelBand.values()) {
			// painted, not a label's background: the workbench theme's CSS resets label colours
			Canvas swatch = new Canvas(legend, SWT.NONE);
			swatch.addListener(SWT.Paint, event -> {
				event.gc.setBackground(colours.createColor(band.rgb()));
				event.gc.fillRectangle(0, 0, 15, 15);
				event.gc.drawRectangle(0, 0, 15, 15);
			});
			GridDataFactory.swtDefaults().hint(16, 16).applyTo(swatch);
			new Label(legend, SWT.NONE).setText(band.legend(acceptableLevel));
		}
		legend.getParent().layout(true, true);
	}

	/** The counts the grid before (inherent) or after (residual) the measures shows. */
	/** The grid before or after the measures (for tests that read its colours). */
	HeatMapGrid grid(boolean afterMeasures) {
		return afterMeasures ? residual : inherent;
	}

	public HeatMapCounts counts(boolean afterMeasures) {
		return (afterMeasures ? residual : inherent).counts();
	}

	/** Clicks a cell of one of the grids, as the user does. */
	public void click(boolean afterMeasures, int likelihood, int severity) {
		(afterMeasures ? residual : inherent).click(likelihood, severity);
	}

	@Override
	public void setFocus() {
		inherent.setFocus();
	}
}
