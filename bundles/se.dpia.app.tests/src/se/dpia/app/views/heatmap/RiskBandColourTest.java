package se.dpia.app.views.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.views.LevelBand;
import se.dpia.app.views.risks.RiskRegisterView;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.model.Assessment;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.Risk;
import se.dpia.model.risk.RiskBand;
import se.dpia.model.risk.RiskLevels;
import se.dpia.tests.ui.TestFolders;
import se.dpia.tests.ui.UiWait;

/**
 * A risk of level 8 on a scale whose acceptable level is 6 is elevated everywhere: the heat map paints its cell and
 * the register its row in the colour of {@link RiskBand#ELEVATED}, the one definition the PDF's style sheet uses too.
 */
class RiskBandColourTest {

	@Test
	void aLevelEightRiskIsElevatedInTheHeatMapAndTheRegister(@TempDir Path copy) throws Exception {
		TestFolders.copyExample("ange-trygghetskamera", copy);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.getWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
		AssessmentSession.get().open(copy);
		Assessment assessment = AssessmentSession.get().current().assessment();
		Risk risk = assessment.getRisks().get(0);
		EditingDomain domain = AssessmentSession.get().editingDomain();
		CompoundCommand rate = new CompoundCommand();
		rate.append(SetCommand.create(domain, risk, Literals.RISK__RESIDUAL_LIKELIHOOD, 2));
		rate.append(SetCommand.create(domain, risk, Literals.RISK__RESIDUAL_SEVERITY, 4));
		domain.getCommandStack().execute(rate);
		assertEquals(6, RiskLevels.scaleOf(risk).acceptableLevel(), "the example keeps the default acceptable level");
		assertEquals(RiskBand.ELEVATED, RiskBand.residual(risk));
		RGB elevated = LevelBand.ELEVATED.rgb();
		assertEquals(RiskBand.ELEVATED.rgb(), elevated.red << 16 | elevated.green << 8 | elevated.blue);

		RiskRegisterView register = (RiskRegisterView) page.showView(RiskRegisterView.ID);
		TableViewer viewer = register.viewer();
		UiWait.until("the register lists the risks", () -> viewer.getInput() == assessment.getRisks()
				&& viewer.getTable().getItemCount() == assessment.getRisks().size());
		UiWait.until("the register colours the risk's row as elevated", () -> elevated.equals(background(viewer, risk)),
				() -> String.valueOf(background(viewer, risk)));

		HeatMapView heatMap = (HeatMapView) page.showView(HeatMapView.ID);
		HeatMapGrid grid = heatMap.grid(true);
		UiWait.until("the residual heat map holds the risk at 2×4", () -> grid.counts() != null
				&& grid.counts().risks(2, 4).contains(risk));
		UiWait.until("the cell 2×4 is painted in the elevated colour", () -> elevated.equals(pixel(grid, 2, 4)),
				() -> String.valueOf(pixel(grid, 2, 4)));
		domain.getCommandStack().undo();
	}

	/** The colour on screen just inside the top left corner of a cell (clear of its border and its count). */
	private static RGB pixel(HeatMapGrid grid, int likelihood, int severity) {
		grid.redraw();
		grid.update();
		Rectangle cell = grid.cellBounds(likelihood, severity);
		Image image = new Image(grid.getDisplay(), 1, 1);
		GC gc = new GC(grid);
		try {
			gc.copyArea(image, cell.x + 4, cell.y + 4);
			ImageData data = image.getImageData();
			return data.palette.getRGB(data.getPixel(0, 0));
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** The background of the risk's row, or null while the row is not there. */
	private static RGB background(TableViewer viewer, Risk risk) {
		return Stream.of(viewer.getTable().getItems()).filter(item -> item.getData() == risk).findFirst()
				.map(item -> item.getBackground(0).getRGB()).orElse(null);
	}
}
