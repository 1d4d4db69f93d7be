package se.dpia.app.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.documents.ProductFolders;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.UiWait;

/** File ▸ New assessment…: refuses a folder in use, and opens the new assessment it makes. */
class NewAssessmentWizardTest {

	@Test
	void makesAnEmptyAssessmentAndOpensIt(@TempDir Path parent) throws Exception {
		Files.writeString(parent.resolve("i-bruk.txt"), "");
		NewAssessmentWizard wizard = new NewAssessmentWizard(ProductFolders.examples());
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			NewAssessmentPage page = wizard.page();
			page.fill(parent.toString(), "Ånge kommun", "", false);
			assertFalse(page.isPageComplete(), "a folder that holds files is refused");
			assertNotNull(page.getErrorMessage());
			assertTrue(page.getErrorMessage().contains(parent.toString()), page.getErrorMessage());

			Path folder = parent.resolve("ny-bedömning");
			page.fill(folder.toString(), "", "", false);
			assertFalse(page.isPageComplete(), "an empty assessment needs the organisation");
			page.fill(folder.toString(), "Ånge kommun, socialnämnden", "Digital tillsyn", false);
			assertTrue(page.isPageComplete(), String.valueOf(page.getErrorMessage()));
			UiWait.drain();
			Screenshots.save(dialog.getShell(), Path.of("target/screenshots/new-assessment.png"));

			assertTrue(wizard.performFinish());
			assertEquals(folder, AssessmentSession.get().current().root());
			assertEquals("Ånge kommun, socialnämnden", AssessmentSession.get().current().assessment().getOrganisation());
		} finally {
			dialog.close();
		}
	}

	@Test
	void offersTheBundledExamples(@TempDir Path parent) throws Exception {
		NewAssessmentWizard wizard = new NewAssessmentWizard(ProductFolders.examples());
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Path folder = parent.resolve("från-exemplet");
			wizard.page().fill(folder.toString(), "", "", true);
			assertEquals("ange-trygghetskamera", wizard.page().example().getFileName().toString());
			assertTrue(wizard.performFinish());
			assertEquals(folder, AssessmentSession.get().current().root());
			assertTrue(AssessmentSession.get().current().assessment().getName().contains("Ånge"));
		} finally {
			dialog.close();
		}
	}
}
