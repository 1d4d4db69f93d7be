package se.dpia.rules.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.tests.ui.UiWait;
import se.dpia.tests.ui.Widgets;

/** An error typed in the editor appears in the Problems view while typing, and goes when the editor closes. */
class RulesProblemsViewTest {

	@Test
	void anErrorTypedInTheEditorIsListedInTheProblemsView(@TempDir Path copy) throws Exception {
		try (EditorFixture fixture = EditorFixture.open(copy, "kameratillsyn.regler")) {
			IViewPart problems = fixture.page.showView(IPageLayout.ID_PROBLEM_VIEW);
			fixture.page.activate(fixture.editor);
			UiWait.until("the example is checked without errors", () -> markers(fixture).isEmpty()
					&& fixture.annotations(RulesProblemReporter.ERROR).isEmpty(), () -> markers(fixture).toString());

			fixture.replace("gäller Trygghetskamera", "gäller Trygghetskamerra");

			// the view's rows are virtual: the group row counts the problem, the marker holds its text
			Control window = problems.getSite().getShell();
			UiWait.until("the Problems view lists the error",
					() -> Widgets.allTreeTexts(window).contains("Errors (1 item)") && markers(fixture).size() == 1,
					() -> Widgets.allTreeTexts(window).toString());
			List<String> messages = markers(fixture);
			assertEquals(1, messages.size(), messages.toString());
			assertTrue(messages.get(0).startsWith("'Trygghetskamerra' is not a technology"), messages.get(0));
			assertTrue(messages.get(0).endsWith("[unresolved-reference]"), messages.get(0));
			// the workspace file's editor draws the marker; it is not annotated twice
			assertEquals(1, fixture.annotations(RulesProblemReporter.ERROR).size());

			fixture.page.closeEditor(fixture.editor, false);
			assertEquals(List.of(), markers(fixture), "the markers go with the editor");
		}
	}

	private static List<String> markers(EditorFixture fixture) {
		try {
			// the example keeps the disputed reading of reduced decision capacity: those warnings are not this test's
			return List.of(fixture.project.findMarkers(RulesProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE)).stream()
					.map(marker -> marker.getAttribute(IMarker.MESSAGE, ""))
					.filter(message -> !message.endsWith("[representative-consent-disputed]")).toList();
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new AssertionError(e);
		}
	}
}
