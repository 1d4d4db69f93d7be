package se.dpia.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.views.ModelTreeView;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.app.workspace.ProblemMarkers;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.TestFolders;
import se.dpia.tests.ui.UiWait;
import se.dpia.tests.ui.Widgets;

/** Starts the workbench on a copy of the example with a rule error: the model tree and the Problems view show it. */
class WorkbenchTest {

	@Test
	void opensTheExampleShowingItsModelAndTheRuleFilesProblem(@TempDir Path copy) throws Exception {
		TestFolders.copyExample("ange-trygghetskamera", copy);
		Path rules = copy.resolve("kameratillsyn.regler");
		Files.writeString(rules, Files.readString(rules).replace("gäller Trygghetskamera", "gäller Trygghetskamerra"));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

		AssessmentSession.get().open(copy);
		ModelTreeView modelView = (ModelTreeView) page.showView(ModelTreeView.ID);
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		Shell shell = page.getWorkbenchWindow().getShell();
		UiWait.until("the model tree shows the assessment", () -> modelView.viewer().getTree().getItemCount() == 1);
		// the Problems view groups entries by severity: "Errors (1 item)"
		UiWait.until("the Problems view lists one error",
				() -> Widgets.allTreeTexts(shell).stream().anyMatch(text -> text.matches("Errors \\(1 item\\)")));
		// and its count line has caught up, so the screenshot shows the entry
		UiWait.until("the Problems view counts one error",
				() -> Widgets.labelTexts(shell).stream().anyMatch(text -> text.startsWith("1 error")));
		Screenshots.save(shell, Path.of("target/screenshots/workbench.png"));

		TreeItem assessment = modelView.viewer().getTree().getItem(0);
		assertTrue(assessment.getText().contains("Ånge"), assessment.getText());
		IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		assertEquals(1, markers.length);
		assertEquals("unresolved-reference", markers[0].getAttribute(ProblemMarkers.CODE, ""));
		assertEquals(2, markers[0].getAttribute(IMarker.LINE_NUMBER, 0));
		assertEquals("kameratillsyn.regler", markers[0].getResource().getName());
	}
}
