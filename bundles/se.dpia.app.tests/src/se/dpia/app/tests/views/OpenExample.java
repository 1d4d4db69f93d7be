package se.dpia.app.tests.views;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import se.dpia.app.workspace.AssessmentSession;
import se.dpia.model.Assessment;
import se.dpia.model.Mitigation;
import se.dpia.model.Risk;
import se.dpia.tests.ui.TestFolders;

/** What the domain view tests share: a copy of the Ånge example opened in the workbench, and its elements by id. */
final class OpenExample {

	private OpenExample() {
	}

	static Assessment open(Path copy) throws Exception {
		TestFolders.copyExample("ange-trygghetskamera", copy);
		// the screen Xvfb gives the build, so the screenshots show whole views
		page().getWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
		AssessmentSession.get().open(copy);
		return AssessmentSession.get().current().assessment();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static Risk risk(Assessment assessment, String id) {
		Risk risk = assessment.getRisks().stream().filter(r -> id.equals(r.getId())).findFirst().orElse(null);
		assertNotNull(risk, "the example has a risk " + id);
		return risk;
	}

	static Mitigation measure(Assessment assessment, String id) {
		Mitigation measure = assessment.getMitigations().stream().filter(m -> id.equals(m.getId())).findFirst().orElse(null);
		assertNotNull(measure, "the example has a measure " + id);
		return measure;
	}

	static Path screenshot(String view) {
		return Path.of("target/screenshots/" + view + ".png");
	}
}
