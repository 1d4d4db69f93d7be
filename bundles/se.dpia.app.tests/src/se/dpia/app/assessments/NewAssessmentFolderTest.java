package se.dpia.app.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.rules.RulesStandaloneSetup;
import se.dpia.tests.ui.TestFolders;

class NewAssessmentFolderTest {

	@Test
	void anEmptyAssessmentHasTheOrganisationAndSkrsChecklistsAndLoads(@TempDir Path parent) throws Exception {
		Path folder = parent.resolve("Tillsyn Älvdalen");
		NewAssessmentFolder.empty(folder, "Älvdalens kommun, socialnämnden", "Digital tillsyn i Älvdalen");

		AssessmentFolder loaded = AssessmentFolder.load(RulesStandaloneSetup.doSetup(), folder);
		assertEquals(List.of(), loaded.loadFailures());
		assertEquals("Älvdalens kommun, socialnämnden", loaded.assessment().getOrganisation());
		assertEquals("Digital tillsyn i Älvdalen", loaded.assessment().getName());
		assertEquals("tillsyn-alvdalen", loaded.assessment().getId());
		assertEquals(1, loaded.ruleResources().size());
		Resource checklists = loaded.ruleResources().get(0);
		assertEquals(List.of(), checklists.getErrors(), "the checklist file parses and its library imports resolve");
		assertTrue(Files.readString(folder.resolve(NewAssessmentFolder.CHECKLISTS)).contains("enligt SKR_installation"));
	}

	@Test
	void refusesAFolderThatHoldsAnything(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("anteckningar.txt"), "mine");
		IOException refused = assertThrows(IOException.class, () -> NewAssessmentFolder.empty(folder, "Ånge kommun", "x"));
		assertTrue(refused.getMessage().contains(folder.toString()), refused.getMessage());
		assertThrows(IOException.class,
				() -> NewAssessmentFolder.fromExample(TestFolders.ROOT.resolve("examples/ange-trygghetskamera"), folder));
		try (var files = Files.list(folder)) {
			assertEquals(List.of(folder.resolve("anteckningar.txt")), files.toList(), "nothing is written beside it");
		}
	}

	@Test
	void aCopyOfAnExampleHasAllItsFiles(@TempDir Path parent) throws Exception {
		Path example = TestFolders.ROOT.resolve("examples/ange-trygghetskamera");
		Path folder = parent.resolve("ny");
		NewAssessmentFolder.fromExample(example, folder);
		assertEquals(Files.readString(example.resolve("assessment.dpia")), Files.readString(folder.resolve("assessment.dpia")));
		assertTrue(Files.isRegularFile(folder.resolve("checklistor.regler")));
	}
}
