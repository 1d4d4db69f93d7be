package se.dpia.app.tests.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.Messages;
import se.dpia.app.views.LevelBand;
import se.dpia.app.views.actionplan.ActionPlanView;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.model.Assessment;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.Mitigation;
import se.dpia.model.MitigationStatus;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.UiWait;

/** The action plan lists the measures by owner, and marks one overdue until it is carried out. */
class ActionPlanTest {

	@Test
	void marksAMeasurePastItsDueDateOverdueUntilItIsCarriedOut(@TempDir Path copy) throws Exception {
		Assessment assessment = OpenExample.open(copy);
		IWorkbenchPage page = OpenExample.page();
		ActionPlanView plan = (ActionPlanView) page.showView(ActionPlanView.ID);
		TableViewer viewer = plan.viewer();
		UiWait.until("the plan lists the example's measures", () -> viewer.getInput() == assessment.getMitigations()
				&& viewer.getTable().getItemCount() == assessment.getMitigations().size());
		List<String> owners = Stream.of(viewer.getTable().getItems()).map(item -> item.getText(0)).toList();
		List<String> named = owners.stream().filter(owner -> !Messages.planNoOwner.equals(owner)).toList();
		assertEquals(named.stream().sorted().toList(), owners.subList(0, named.size()),
				"the measures are listed by owner, those without one last: " + owners);

		Mitigation measure = OpenExample.measure(assessment, "pub_avtal_standardklausuler");
		assertNotNull(measure.getOwner(), "the example names an owner of the measure");
		set(measure, Literals.MITIGATION__DUE_DATE, "2020-01-31");
		UiWait.until("the row says the measure is overdue", () -> row(viewer, measure).getText(1).startsWith("2020-01-31 ")
				&& LevelBand.HIGH.rgb().equals(row(viewer, measure).getBackground(1).getRGB()),
				() -> row(viewer, measure).getText(1));
		assertEquals(measure.getOwner().getName(), row(viewer, measure).getText(0));
		viewer.reveal(measure);
		Screenshots.save(page.getWorkbenchWindow().getShell(), OpenExample.screenshot("action-plan"));

		set(measure, Literals.MITIGATION__STATUS, MitigationStatus.GENOMFORD);
		UiWait.until("a measure carried out is not overdue", () -> "2020-01-31".equals(row(viewer, measure).getText(1)));
		set(measure, Literals.MITIGATION__STATUS, MitigationStatus.PLANERAD);
		set(measure, Literals.MITIGATION__DUE_DATE, "2999-12-31");
		UiWait.until("a measure due in the future is not overdue", () -> "2999-12-31".equals(row(viewer, measure).getText(1)));
		assertFalse(LevelBand.HIGH.rgb().equals(row(viewer, measure).getBackground(1).getRGB()), "and not coloured");
	}

	private static void set(Mitigation measure, org.eclipse.emf.ecore.EAttribute attribute, Object value) {
		EditingDomain domain = AssessmentSession.get().editingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, measure, attribute, value));
	}

	private static TableItem row(TableViewer viewer, Mitigation measure) {
		return Stream.of(viewer.getTable().getItems()).filter(item -> item.getData() == measure).findFirst().orElseThrow();
	}
}
