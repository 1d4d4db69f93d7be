package se.dpia.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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
		// the model's own validation adds the example's real gaps; the rule error is the one this test makes
		IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		long errors = Stream.of(markers).filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
		UiWait.until("the model tree shows the assessment", () -> modelView.viewer().getTree().getItemCount() == 1);
		// the Problems view groups entries by severity: "Errors (2 items)", in Swedish "Fel (2 st.)"
		boolean swedish = Locale.getDefault().getLanguage().equals("sv");
		String errorGroup = (swedish ? "Fel (" : "Errors (") + errors + " ";
		UiWait.until("the Problems view lists the errors",
				() -> Widgets.allTreeTexts(shell).stream().anyMatch(text -> text.startsWith(errorGroup)));
		// and its count line has caught up, so the screenshot shows the entries
		String errorCount = errors + (swedish ? " fel" : " error");
		UiWait.until("the Problems view counts the errors",
				() -> Widgets.labelTexts(shell).stream().anyMatch(text -> text.startsWith(errorCount)));
		Screenshots.save(shell, Path.of("target/screenshots/workbench.png"));

		TreeItem assessment = modelView.viewer().getTree().getItem(0);
		assertTrue(assessment.getText().contains("Ånge"), assessment.getText());
		// the example keeps the disputed reading of reduced decision capacity, a warning on each of its two rules
		List<IMarker> ruleMarkers = Stream.of(markers)
				.filter(marker -> marker.getResource().getName().equals("kameratillsyn.regler"))
				.filter(marker -> !marker.getAttribute(ProblemMarkers.CODE, "").equals("representative-consent-disputed")).toList();
		assertEquals(1, ruleMarkers.size());
		IMarker ruleMarker = ruleMarkers.get(0);
		assertEquals("unresolved-reference", ruleMarker.getAttribute(ProblemMarkers.CODE, ""));
		assertEquals(2, ruleMarker.getAttribute(IMarker.LINE_NUMBER, 0));
		assertEquals(IMarker.SEVERITY_ERROR, ruleMarker.getAttribute(IMarker.SEVERITY, -1));
	}
}
