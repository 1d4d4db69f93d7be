package se.dpia.app.tests.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.views.ModelTreeView;
import se.dpia.app.views.heatmap.HeatMapCounts;
import se.dpia.app.views.heatmap.HeatMapView;
import se.dpia.app.views.risks.RiskRegisterView;
import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.UiWait;

/** A click on a heat map cell selects its risks, and the model tree and the risk register follow. */
class HeatMapTest {

	@Test
	void clickingACellSelectsItsRisksInTheTreeAndTheRegister(@TempDir Path copy) throws Exception {
		Assessment assessment = OpenExample.open(copy);
		IWorkbenchPage page = OpenExample.page();
		ModelTreeView tree = (ModelTreeView) page.showView(ModelTreeView.ID);
		RiskRegisterView register = (RiskRegisterView) page.showView(RiskRegisterView.ID);
		HeatMapView heatMap = (HeatMapView) page.showView(HeatMapView.ID);
		UiWait.until("the heat map and the register show this assessment", () -> heatMap.counts(false) != null
				&& heatMap.counts(false).risks(3, 3).contains(OpenExample.risk(assessment, "kamera_i_sovrummet"))
				&& register.viewer().getInput() == assessment.getRisks()
				&& tree.viewer().getTree().getItemCount() == 1 && tree.viewer().getTree().getItem(0).getData() == assessment);
		HeatMapCounts inherent = heatMap.counts(false);
		List<Risk> cell = inherent.risks(2, 3);
		assertFalse(cell.isEmpty(), "the example has risks at likelihood 2, severity 3");
		int placed = 0;
		for (var l : inherent.scale().levels()) {
			for (var s : inherent.scale().levels()) {
				placed += inherent.count(l.value(), s.value());
			}
		}
		assertEquals(assessment.getRisks().size(), placed + inherent.notAssessed().size(), "every risk is counted once");

		heatMap.click(false, 2, 3);
		UiWait.drain();
		assertEquals(Set.copyOf(cell), selected(heatMap.getSite().getSelectionProvider().getSelection()),
				"the heat map's selection is the cell's risks");
		assertEquals(Set.copyOf(cell), selected(register.viewer().getSelection()), "the register selects them");
		assertEquals(Set.copyOf(cell), selected(tree.viewer().getSelection()), "the model tree selects them");
		Screenshots.save(page.getWorkbenchWindow().getShell(), OpenExample.screenshot("heat-map"));
	}

	private static Set<Object> selected(org.eclipse.jface.viewers.ISelection selection) {
		return new HashSet<>(((IStructuredSelection) selection).toList());
	}
}
