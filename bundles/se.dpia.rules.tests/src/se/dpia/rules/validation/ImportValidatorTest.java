package se.dpia.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.validation.Problem;
import se.dpia.rules.IssueCodes;
import se.dpia.rules.RuleFolder;
import se.dpia.rules.RulesStandaloneSetup;
import se.dpia.rules.load.FolderResources;
import se.dpia.rules.load.RuleProblems;

/** Imports reach the assessment folder and the bundled library only; everything else is refused unopened. */
class ImportValidatorTest {

	@TempDir
	Path root;
	@TempDir
	Path elsewhere;
	private RuleFolder folder;

	@BeforeEach
	void setUp() throws Exception {
		folder = new RuleFolder(root);
	}

	@Test
	void theBundledSkrChecklistsImportAndTheirPointsCanBeAnswered() throws Exception {
		List<Problem> problems = folder.check("""
				importera bibliotek "skr/inforande.regler"
				importera bibliotek "skr/installation.regler"
				checklista Införande enligt SKR_införande { Teknikfel öppen }
				checklista Installation enligt SKR_installation { Placering uppfylls av A1 }
				""");
		assertTrue(problems.stream().allMatch(p -> p.code().equals(IssueCodes.CHECKLIST_ITEM_UNSATISFIED)), problems.toString());
		assertEquals(9 + 6, problems.size(), problems.toString());
	}

	@Test
	void aLibraryChecklistIsInvisibleWithoutItsImport() throws Exception {
		List<Problem> problems = folder.check("checklista Införande enligt SKR_införande { }");
		assertEquals(List.of(IssueCodes.UNRESOLVED_REFERENCE), RuleFolder.codes(problems));
	}

	@Test
	void aFileInTheFolderImportsByRelativePath() throws Exception {
		folder.write("mallar/mall.regler", "checklistmall Mall { punkt P \"p\" }");
		assertEquals(List.of(), folder.check("importera \"mallar/mall.regler\"\nchecklista C enligt Mall { P öppen }"));
	}

	@Test
	void anHttpImportIsRefusedAndNothingIsLoaded() throws Exception {
		assertRefused("importera \"http://example.org/regler.regler\"", "http://example.org/regler.regler");
	}

	@Test
	void aJarImportIsRefusedAndNothingIsLoaded() throws Exception {
		assertRefused("importera \"jar:file:/tmp/x.jar!/regler.regler\"", "jar:file:/tmp/x.jar!/regler.regler");
	}

	@Test
	void aFileUriOutsideTheFolderIsRefusedAndNothingIsLoaded() throws Exception {
		Path outside = elsewhere.resolve("hemlig.regler");
		Files.writeString(outside, "checklistmall Hemlig { punkt P \"p\" }");
		assertRefused("importera \"" + outside.toUri() + "\"", outside.toUri().toString());
	}

	@Test
	void aRelativePathClimbingOutOfTheFolderIsRefused() throws Exception {
		Path outside = elsewhere.resolve("hemlig.regler");
		Files.writeString(outside, "checklistmall Hemlig { punkt P \"p\" }");
		String climbing = root.relativize(outside).toString();
		assertTrue(climbing.startsWith(".."), climbing);
		assertRefused("importera \"" + climbing + "\"", outside.toUri().toString());
	}

	@Test
	void aLibraryImportCannotClimbOutOfTheLibrary() throws Exception {
		assertRefused("importera bibliotek \"../../META-INF/MANIFEST.MF\"", "MANIFEST.MF");
	}

	@Test
	void aMissingFileIsNotFound() throws Exception {
		List<Problem> problems = folder.check("importera bibliotek \"skr/finns-inte.regler\"\nimportera \"saknas.regler\"");
		assertEquals(List.of(IssueCodes.IMPORT_NOT_FOUND, IssueCodes.IMPORT_NOT_FOUND), RuleFolder.codes(problems));
	}

	private void assertRefused(String rules, String mustNotBeLoaded) throws Exception {
		folder.write("regler.regler", rules + "\nchecklista C enligt Hemlig { }\n");
		FolderResources loaded = FolderResources.load(RulesStandaloneSetup.doSetup(), root);
		// the rule file's problems; the model's own validation is tested in se.dpia.model.tests
		List<Problem> problems = RuleProblems.of(loaded);
		assertEquals(IssueCodes.IMPORT_REFUSED, problems.get(0).code(), problems.toString());
		assertEquals(1, problems.get(0).line());
		for (Resource resource : loaded.resourceSet().getResources()) {
			assertFalse(resource.getURI().toString().contains(mustNotBeLoaded), "loaded " + resource.getURI());
		}
	}
}
