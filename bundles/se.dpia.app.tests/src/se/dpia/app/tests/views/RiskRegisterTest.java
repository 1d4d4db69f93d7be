package se.dpia.app.tests.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.views.heatmap.HeatMapCounts;
import se.dpia.app.views.heatmap.HeatMapView;
import se.dpia.app.views.risks.RiskRegisterView;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.app.workspace.ProblemMarkers;
import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.risk.RiskLevels;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.UiWait;
import se.dpia.tests.ui.Widgets;

/**
 * The walk-through: in the risk register the user raises a risk's likelihood and its residual likelihood in
 * their cells; the heat map moves the risk, saving brings the prior-consultation warning into the Problems view, and
 * Undo puts everything back.
 */
class RiskRegisterTest {

	private static final int ASSESSMENT = 2;
	private static final int LIKELIHOOD = 4;
	private static final int LEVEL = 6;
	private static final int RESIDUAL_LIKELIHOOD = 7;

	@Test
	void editingLikelihoodsInTheRegisterMovesTheRiskOnTheHeatMapAndUndoRestores(@TempDir Path copy) throws Exception {
		Assessment assessment = OpenExample.open(copy);
		IWorkbenchPage page = OpenExample.page();
		HeatMapView heatMap = (HeatMapView) page.showView(HeatMapView.ID);
		RiskRegisterView register = (RiskRegisterView) page.showView(RiskRegisterView.ID);
		TableViewer viewer = register.viewer();
		UiWait.until("the register lists the example's risks", () -> viewer.getInput() == assessment.getRisks()
				&& viewer.getTable().getItemCount() == assessment.getRisks().size());
		Risk risk = OpenExample.risk(assessment, "kamera_i_sovrummet");
		assertEquals(List.of(3, 3, 2, 3), List.of(risk.getLikelihood(), risk.getSeverity(), risk.getResidualLikelihood(),
				risk.getResidualSeverity()), "the example rates the risk as this test expects");
		UiWait.until("the heat map shows this assessment", () -> heatMap.counts(false) != null
				&& heatMap.counts(false).risks(3, 3).contains(risk));
		int inherentFrom = heatMap.counts(false).count(3, 3);
		int inherentTo = heatMap.counts(false).count(4, 3);
		int residualFrom = heatMap.counts(true).count(2, 3);
		int residualTo = heatMap.counts(true).count(3, 3);

		chooseInCell(viewer, risk, LIKELIHOOD, "4 ");
		assertEquals(4, risk.getLikelihood(), "choosing 4 in the likelihood cell sets the likelihood");
		UiWait.until("the inherent heat map moves the risk from 3×3 to 4×3", () -> counts(heatMap, false, 3, 3) == inherentFrom - 1
				&& counts(heatMap, false, 4, 3) == inherentTo + 1);
		assertEquals("4", row(viewer, risk).getText(LIKELIHOOD), "the row shows the new likelihood");

		chooseInCell(viewer, risk, RESIDUAL_LIKELIHOOD, "3 ");
		assertEquals(3, risk.getResidualLikelihood());
		UiWait.until("the residual heat map moves the risk from 2×3 to 3×3", () -> counts(heatMap, true, 2, 3) == residualFrom - 1
				&& counts(heatMap, true, 3, 3) == residualTo + 1);
		assertTrue(RiskLevels.isAboveAcceptable(risk));
		UiWait.until("the row says the risk is above the acceptable level",
				() -> row(viewer, risk).getText(ASSESSMENT).contains("9 > 6"), () -> row(viewer, risk).getText(ASSESSMENT));
		assertTrue(register.isDirty(), "an edit in the register is there to save");
		page.activate(register);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
		UiWait.drain();
		assertFalse(register.isDirty(), "File > Save with the register active saves the assessment");
		viewer.setSelection(StructuredSelection.EMPTY);
		assertEquals(1, consultationMarkers(risk).size(), "after saving, the Problems view asks for prior consultation");
		Screenshots.save(page.getWorkbenchWindow().getShell(), OpenExample.screenshot("risk-register"));

		IAction undo = register.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		undo.run();
		undo.run();
		assertEquals(List.of(3, 2), List.of(risk.getLikelihood(), risk.getResidualLikelihood()), "Undo restores both");
		UiWait.until("the heat map is back as it was", () -> counts(heatMap, false, 3, 3) == inherentFrom
				&& counts(heatMap, false, 4, 3) == inherentTo && counts(heatMap, true, 2, 3) == residualFrom
				&& counts(heatMap, true, 3, 3) == residualTo);
		AssessmentSession.get().save();
		assertEquals(0, consultationMarkers(risk).size(), "saved back, the warning goes");
	}

	@Test
	void filtersByLevelAndSortsByAColumn(@TempDir Path copy) throws Exception {
		Assessment assessment = OpenExample.open(copy);
		RiskRegisterView register = (RiskRegisterView) OpenExample.page().showView(RiskRegisterView.ID);
		TableViewer viewer = register.viewer();
		UiWait.until("the register lists the example's risks", () -> viewer.getInput() == assessment.getRisks()
				&& viewer.getTable().getItemCount() == assessment.getRisks().size());
		Combo level = Widgets.find(viewer.getControl().getParent(), Combo.class, c -> true).get(1);
		choose(level, 3);
		List<String> shown = Stream.of(viewer.getTable().getItems()).map(item -> ((Risk) item.getData()).getId()).toList();
		assertEquals(List.of("R1", "R2", "R3", "R4"), shown, "'not assessed' shows the risks without likelihood or severity");
		choose(level, 0);
		assertEquals(assessment.getRisks().size(), viewer.getTable().getItemCount(), "'all' shows every risk again");

		viewer.getTable().getColumn(LEVEL).notifyListeners(SWT.Selection, new Event());
		int[] levels = Stream.of(viewer.getTable().getItems()).mapToInt(item -> RiskLevels.inherent((Risk) item.getData())).toArray();
		int[] sorted = levels.clone();
		Arrays.sort(sorted);
		assertTrue(Arrays.equals(sorted, levels), "a click on the level header sorts by level: " + Arrays.toString(levels));
	}

	private static void choose(Combo combo, int index) {
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	/** Opens the cell's editor as a click does, chooses the item that starts with the prefix and presses Enter. */
	private static void chooseInCell(TableViewer viewer, Risk risk, int column, String prefix) {
		viewer.editElement(risk, column);
		List<CCombo> editors = Widgets.find(viewer.getTable(), CCombo.class, CCombo::isVisible);
		assertEquals(1, editors.size(), "one cell editor opens");
		CCombo combo = editors.get(0);
		int index = Arrays.asList(combo.getItems()).stream().filter(item -> item.startsWith(prefix)).findFirst()
				.map(item -> Arrays.asList(combo.getItems()).indexOf(item)).orElseThrow();
		combo.select(index);
		combo.notifyListeners(SWT.DefaultSelection, new Event());
		UiWait.drain();
	}

	private static TableItem row(TableViewer viewer, Risk risk) {
		return Stream.of(viewer.getTable().getItems()).filter(item -> item.getData() == risk).findFirst().orElseThrow();
	}

	private static int counts(HeatMapView heatMap, boolean afterMeasures, int likelihood, int severity) {
		HeatMapCounts counts = heatMap.counts(afterMeasures);
		return counts.count(likelihood, severity);
	}

	private static List<IMarker> consultationMarkers(Risk risk) throws Exception {
		IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		return Stream.of(markers).filter(m -> "prior-consultation-required".equals(m.getAttribute(ProblemMarkers.CODE, ""))
				&& m.getAttribute(IMarker.MESSAGE, "").contains(risk.getId())).toList();
	}
}
