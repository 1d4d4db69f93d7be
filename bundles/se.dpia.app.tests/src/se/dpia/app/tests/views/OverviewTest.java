package se.dpia.app.tests.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.Messages;
import se.dpia.app.views.overview.OverviewView;
import se.dpia.app.views.overview.ProposalDecisions;
import se.dpia.app.views.risks.RiskRegisterView;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.compliance.threats.ThreatDecisions;
import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.ThreatDecision;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.UiWait;
import se.dpia.tests.ui.Widgets;

/**
 * Översikt: the working group accepts one threat proposal and dismisses another with a reason; the accepted one is
 * a new risk in the register, both decisions are saved in the model file, and nothing is left dirty.
 */
class OverviewTest {

	@Test
	void acceptAndDismissAProposalFromTheOverview(@TempDir Path copy) throws Exception {
		Assessment assessment = OpenExample.open(copy);
		IWorkbenchPage page = OpenExample.page();
		OverviewView overview = (OverviewView) page.showView(OverviewView.ID);
		UiWait.until("the overview offers the example's proposals", () -> !buttons(overview, Messages.overviewAccept).isEmpty());
		assertTrue(Widgets.labelTexts(overview.content()).contains(Messages.overviewNextSteps), "the next steps are shown");
		int proposals = ProposalDecisions.undecided().size();
		assertTrue(proposals >= 2, "the example has proposals to decide: " + proposals);
		Screenshots.save(page.getWorkbenchWindow().getShell(), OpenExample.screenshot("overview"));

		Button accept = buttons(overview, Messages.overviewAccept).get(0);
		String accepted = (String) accept.getData(OverviewView.PROPOSAL);
		int risks = assessment.getRisks().size();
		accept.notifyListeners(SWT.Selection, new Event());
		UiWait.drain();
		assertEquals(risks + 1, assessment.getRisks().size(), "accepting puts a new risk in the register");
		Risk risk = assessment.getRisks().get(risks);
		RiskRegisterView register = (RiskRegisterView) page.showView(RiskRegisterView.ID);
		TableViewer viewer = register.viewer();
		UiWait.until("the register shows the accepted risk",
				() -> Stream.of(viewer.getTable().getItems()).anyMatch(item -> item.getData() == risk));
		assertFalse(register.isDirty(), "the decision is saved");
		String saved = Files.readString(AssessmentSession.get().current().fileOf(assessment.eResource()));
		assertTrue(saved.contains("\"" + risk.getId() + "\""), "the model file holds the accepted risk " + risk.getId());

		UiWait.until("the overview offers the remaining proposals",
				() -> buttons(overview, Messages.overviewDismiss).size() == proposals - 1);
		Button dismiss = buttons(overview, Messages.overviewDismiss).get(0);
		String dismissed = (String) dismiss.getData(OverviewView.PROPOSAL);
		answerReasonDialog("Kameran filmar inte gemensamma utrymmen");
		dismiss.notifyListeners(SWT.Selection, new Event());
		UiWait.drain();
		ThreatDecision decision = ThreatDecisions.decisionOn(assessment, dismissed);
		assertNotNull(decision, "dismissing records a decision");
		assertEquals(risks + 1, assessment.getRisks().size(), "dismissing adds no risk");
		assertTrue(Files.readString(AssessmentSession.get().current().fileOf(assessment.eResource()))
				.contains("Kameran filmar inte gemensamma utrymmen"), "the reason is saved in the model file");
		UiWait.until("the overview no longer offers either", () -> buttons(overview, Messages.overviewDismiss).stream()
				.noneMatch(b -> List.of(accepted, dismissed).contains(b.getData(OverviewView.PROPOSAL))));
	}

	/** Types the reason into the dialog the Dismiss button opens, and presses OK, once the dialog is up. */
	private static void answerReasonDialog(String reason) {
		Display display = Display.getCurrent();
		display.asyncExec(() -> {
			Shell dialog = display.getActiveShell();
			Text text = Widgets.find(dialog, Text.class, t -> true).get(0);
			text.setText(reason);
			Button ok = Widgets.find(dialog, Button.class, b -> (b.getStyle() & SWT.PUSH) != 0
					&& dialog.getDefaultButton() == b).get(0);
			ok.notifyListeners(SWT.Selection, new Event());
		});
	}

	private static List<Button> buttons(OverviewView overview, String text) {
		return overview.content() == null || overview.content().isDisposed() ? List.of()
				: Widgets.find(overview.content(), Button.class, b -> text.equals(b.getText()));
	}
}
