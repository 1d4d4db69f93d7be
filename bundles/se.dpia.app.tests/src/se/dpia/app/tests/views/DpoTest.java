package se.dpia.app.tests.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.Messages;
import se.dpia.app.dpo.ChangesView;
import se.dpia.app.views.overview.OverviewView;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.assessment.approval.Approval;
import se.dpia.model.Assessment;
import se.dpia.model.DpiaPackage;
import se.dpia.model.Risk;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.TestFolders;
import se.dpia.tests.ui.UiWait;
import se.dpia.tests.ui.Widgets;

/**
 * The DPO's work in the workbench: approve (who, date, opinion) through Dataskyddsombud ▸ Godkänn…, edit one
 * likelihood and see it under Ändringar sedan godkännandet; approval refused, with the reason, while there are errors.
 */
class DpoTest {

	private static final String APPROVE = "se.dpia.app.approve";

	@Test
	void approveThenSeeAnEditedLikelihoodAmongTheChanges(@TempDir Path copy) throws Exception {
		Assessment assessment = OpenExample.open(copy);
		IWorkbenchPage page = OpenExample.page();
		settleTheExamplesErrors(assessment);
		List<String> seen = fillApproveDialog("Dana Dataskydd", "2026-03-02", "Godtagbar med åtgärderna.");
		execute(APPROVE);
		assertTrue(seen.isEmpty() || !seen.get(0).startsWith("!"), String.valueOf(seen));
		Approval.Recorded approval = Approval.of(assessment);
		assertNotNull(approval, "the approval is recorded in the model");
		assertEquals("Dana Dataskydd", approval.signedBy());
		assertEquals("2026-03-02", approval.date());
		assertEquals("Godtagbar med åtgärderna.", assessment.getReview().getDpoOpinion());
		assertTrue(Files.isDirectory(copy.resolve(".approved")), "the approved files are kept");
		ChangesView changes = (ChangesView) page.showView(ChangesView.ID);
		UiWait.until("no changes yet", () -> changes.texts().size() == 2, () -> changes.texts().toString());

		Risk risk = OpenExample.risk(assessment, "kamera_i_sovrummet");
		var domain = AssessmentSession.get().editingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, risk, DpiaPackage.Literals.RISK__LIKELIHOOD, 4));
		AssessmentSession.get().save();
		UiWait.until("the changed likelihood shows, 3 → 4", () -> changes.texts().stream()
				.anyMatch(text -> text.contains("3 \u2192 4")), () -> changes.texts().toString());
		assertTrue(changes.texts().stream().anyMatch(text -> text.contains("kamera_i_sovrummet")), changes.texts().toString());
		// the check's advice names the DPO menu's items, not a command line or the folder's path
		List<String> advice = AssessmentSession.get().lastCheck().problems().stream()
				.filter(p -> p.code().equals(se.dpia.assessment.check.IssueCodes.CHANGED_AFTER_APPROVAL))
				.map(p -> p.message()).toList();
		assertEquals(1, advice.size(), AssessmentSession.get().lastCheck().problems().toString());
		assertTrue(advice.get(0).contains(" \u25b8 ") && !advice.get(0).contains("./dpia")
				&& !advice.get(0).contains(copy.toString()), advice.get(0));
		OverviewView overview = (OverviewView) page.showView(OverviewView.ID);
		overview.refresh();
		assertTrue(Widgets.labelTexts(overview.content()).contains(Messages.overviewChangedSinceApproval),
				"the overview says the assessment changed since the approval");
		page.showView(ChangesView.ID);
		Screenshots.save(page.getWorkbenchWindow().getShell(), OpenExample.screenshot("dpo-changes"));
	}

	@Test
	void approvalIsRefusedWithTheReasonWhileThereAreErrors(@TempDir Path copy) throws Exception {
		TestFolders.copyExample("ange-trygghetskamera", copy);
		Path rules = copy.resolve("kameratillsyn.regler");
		Files.writeString(rules, Files.readString(rules).replace("gäller Trygghetskamera", "gäller Trygghetskamerra"));
		AssessmentSession.get().open(copy);
		List<String> seen = closeErrorDialog();
		execute(APPROVE);
		assertEquals(1, seen.size(), "one message");
		assertTrue(seen.get(0).contains("Trygghetskamerra"), "the message names the error: " + seen.get(0));
		assertNull(Approval.of(AssessmentSession.get().current().assessment()), "nothing is approved");
	}

	/** The example has two errors a working group would settle before the DPO approves; settled here in the model. */
	private static void settleTheExamplesErrors(Assessment assessment) throws Exception {
		var domain = AssessmentSession.get().editingDomain();
		var camera = assessment.getTechnologies().stream().filter(t -> "Trygghetskamera".equals(t.getId())).findFirst().orElseThrow();
		domain.getCommandStack().execute(SetCommand.create(domain, camera, DpiaPackage.Literals.TECHNOLOGY__CHOICE_RATIONALE,
				"Rörelsesensorn larmar men visar inte om personen behöver hjälp."));
		var measure = OpenExample.measure(assessment, "pub_avtal_standardklausuler");
		var supplier = assessment.getParties().stream().filter(p -> "kameraleverantören".equals(p.getId())).findFirst().orElseThrow();
		domain.getCommandStack().execute(SetCommand.create(domain, measure, DpiaPackage.Literals.MITIGATION__CARRIED_OUT_BY, supplier));
		AssessmentSession.get().save();
		assertEquals(0, AssessmentSession.get().lastCheck().errors(), "settled, the example has no errors: "
				+ AssessmentSession.get().lastCheck().problems().stream().filter(p -> p.isError()).toList());
	}

	private static void execute(String command) throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(command, null);
		UiWait.drain();
	}

	/** Fills the approval dialog once it is up, takes a screenshot and presses Approve. */
	private static List<String> fillApproveDialog(String by, String date, String opinion) {
		List<String> seen = new ArrayList<>();
		Display display = Display.getCurrent();
		display.asyncExec(() -> {
			Shell dialog = display.getActiveShell();
			List<Text> texts = Widgets.find(dialog, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0);
			texts.get(0).setText(by);
			texts.get(1).setText(date);
			texts.get(2).setText(opinion);
			try {
				Screenshots.save(dialog, OpenExample.screenshot("dpo-approve"));
			} catch (Exception e) {
				seen.add("!" + e);
			}
			Widgets.find(dialog, Button.class, b -> b == dialog.getDefaultButton()).get(0).notifyListeners(SWT.Selection, new Event());
		});
		return seen;
	}

	/** Reads the message of the error dialog once it is up and closes it. */
	private static List<String> closeErrorDialog() {
		List<String> seen = new ArrayList<>();
		Display display = Display.getCurrent();
		display.asyncExec(() -> {
			Shell dialog = display.getActiveShell();
			seen.add(String.join("\n", Widgets.find(dialog, Label.class, l -> true).stream().map(Label::getText).toList()));
			dialog.close();
		});
		return seen;
	}
}
