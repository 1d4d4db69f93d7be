package se.dpia.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.dpia.model.Assessment;
import se.dpia.model.Identified;
import se.dpia.model.Mitigation;
import se.dpia.model.Risk;
import se.dpia.model.Technology;
import se.dpia.model.TechnologyStatus;
import se.dpia.model.Verksamhet;

/**
 * The bundled examples: each loads, its references resolve, and saving it writes exactly the committed bytes, so
 * opening and saving an example in the workbench leaves no diff.
 */
class ExampleAssessmentsTest {

	private static final Path EXAMPLES = Path.of(System.getProperty("dpia.root", "../.."), "examples");

	private static Path example(String folder) {
		return EXAMPLES.resolve(folder).resolve("assessment.dpia");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ange-trygghetskamera", "nynashamn-pilot" })
	void savingWritesExactlyTheCommittedFileAndReloadsEqual(String folder, @TempDir Path temp) throws Exception {
		Path committed = example(folder);
		Assessment first = AssessmentFiles.load(committed);
		Path saved = temp.resolve("assessment.dpia");

		AssessmentFiles.save(first.eResource(), saved);

		assertArrayEquals(Files.readAllBytes(committed), Files.readAllBytes(saved),
				folder + ": the committed file is not what AssessmentFiles.save writes; load and save it to normalise it");
		Assessment reloaded = AssessmentFiles.load(saved);
		assertTrue(EcoreUtil.equals(first, reloaded), folder + ": the reloaded model differs from the first load");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ange-trygghetskamera", "nynashamn-pilot" })
	void everyReferenceResolvesWithinTheFile(String folder) throws Exception {
		Assessment assessment = AssessmentFiles.load(example(folder));

		assertEquals(List.of(), List.copyOf(EcoreUtil.UnresolvedProxyCrossReferencer.find(assessment.eResource()).keySet()),
				folder + ": references that name no element of the file");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ange-trygghetskamera", "nynashamn-pilot" })
	void everyIdIsUniqueSoReferencesCannotPointAtTheWrongElement(String folder) throws Exception {
		Assessment assessment = AssessmentFiles.load(example(folder));
		Set<String> seen = new HashSet<>();
		List<String> duplicates = new ArrayList<>();

		assessment.eAllContents().forEachRemaining(element -> {
			if (element instanceof Identified identified && !seen.add(identified.getId())) {
				duplicates.add(identified.getId());
			}
		});

		assertEquals(List.of(), duplicates, folder + ": ids used more than once");
	}

	@Test
	void theÅngeExampleKeepsTheIdsItsRuleFileAndTheProjectPlanUse() throws Exception {
		Assessment assessment = AssessmentFiles.load(example("ange-trygghetskamera"));

		for (String operation : List.of("hemtjänst", "särskilt_boende", "LSS")) {
			assertInstanceOf(Verksamhet.class, element(assessment, operation), operation);
		}
		Technology camera = (Technology) element(assessment, "Trygghetskamera");
		assertEquals(TechnologyStatus.VALD, camera.getStatus());
		for (int i = 1; i <= 4; i++) {
			Risk risk = (Risk) element(assessment, "R" + i);
			Mitigation measure = (Mitigation) element(assessment, "A" + i);
			assertTrue(risk.getMitigations().contains(measure), "R" + i + " is met by A" + i);
			assertTrue(measure.getRisks().contains(risk), "A" + i + " names R" + i + " back");
		}
	}

	@Test
	void theNynäshamnExampleHoldsThePilotsEightTestPersons() throws Exception {
		Assessment assessment = AssessmentFiles.load(example("nynashamn-pilot"));

		assertEquals("Nynäshamns kommun, Myndigheten för äldre och funktionshinder", assessment.getOrganisation());
		assertTrue(assessment.getDataSubjects().stream().anyMatch(s -> s.getCount() != null && s.getCount().startsWith("8 ")));
		assertInstanceOf(Technology.class, element(assessment, "Trygghetskamera"));
		assertInstanceOf(Verksamhet.class, element(assessment, "hemtjänst"));
	}

	private static EObject element(Assessment assessment, String id) {
		EObject element = assessment.eResource().getEObject(id);
		assertTrue(element != null, "no element with id " + id);
		return element;
	}
}
