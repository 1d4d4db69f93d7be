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
import se.dpia.rules.imports.RuleImports;

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
	void anImportThroughASymlinkedSubfolderLeadingOutIsRefused() throws Exception {
		Files.writeString(elsewhere.resolve("hemlig.regler"), "checklistmall Hemlig { punkt P \"p\" }");
		Files.createSymbolicLink(root.resolve("delat"), elsewhere);

		assertRefused("importera \"delat/hemlig.regler\"", "hemlig.regler");
		Problem refusal = folder.check().get(0);
		assertTrue(refusal.message().contains("symbolic link"), refusal.message());
	}

	@Test
	void anImportOfASymlinkedFileLeadingOutIsRefused() throws Exception {
		Files.writeString(elsewhere.resolve("hemlig.regler"), "checklistmall Hemlig { punkt P \"p\" }");
		Files.createDirectories(root.resolve(".delat"));
		Files.createSymbolicLink(root.resolve(".delat/mall.regler"), elsewhere.resolve("hemlig.regler"));

		assertRefused("importera \".delat/mall.regler\"", "mall.regler");
	}

	@Test
	void anImportThroughALinkThatStaysInsideTheFolderIsFollowed() throws Exception {
		folder.write("mallar/mall.regler", "checklistmall Mall { punkt P \"p\" }");
		Files.createSymbolicLink(root.resolve(".genväg"), root.resolve("mallar"));

		assertEquals(List.of(), folder.check("importera \".genväg/mall.regler\"\nchecklista C enligt Mall { P öppen }"));
	}

	@Test
	void anImportedRuleFileAboveTheSizeLimitIsRefusedBeforeItIsParsed() throws Exception {
		Path huge = Files.createDirectories(root.resolve(".stora")).resolve("stor.regler");
		try (var out = Files.newBufferedWriter(huge)) {
			out.write("checklistmall Hemlig {\n");
			for (int i = 0; i < 40_000; i++) {
				out.write("\tpunkt P" + i + " \"en punkt som upprepas\"\n");
			}
			out.write("}\n");
		}
		assertTrue(Files.size(huge) > RuleImports.MAX_BYTES, "above the limit: " + Files.size(huge));

		assertRefused("importera \".stora/stor.regler\"", "stor.regler");
		Problem refusal = folder.check().get(0);
		assertTrue(refusal.message().contains("above the limit of 1.0 MB for a rule file"), refusal.message());
	}

	@Test
	void aRuleFileAboveTheSizeLimitIsNeverParsedThroughTheResourceSet() throws Exception {
		Path huge = root.resolve("stor.regler");
		Files.writeString(huge, "// " + "x".repeat((int) RuleImports.MAX_BYTES) + "\n");
		FolderResources loaded = FolderResources.load(RulesStandaloneSetup.doSetup(), root);

		var resource = loaded.resourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI(huge.toString()));
		java.io.IOException refusal = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
				() -> resource.load(loaded.resourceSet().getLoadOptions()));

		assertTrue(refusal.getMessage().contains("above the limit of 1.0 MB"), refusal.getMessage());
	}

	@Test
	void aRuleFileLinkedFromOutsideTheFolderIsReportedNotSkipped() throws Exception {
		Files.writeString(elsewhere.resolve("hemlig.regler"), "checklistmall Hemlig { punkt P \"p\" }");
		Files.createSymbolicLink(root.resolve("länkad.regler"), elsewhere.resolve("hemlig.regler"));

		FolderResources loaded = FolderResources.load(RulesStandaloneSetup.doSetup(), root);

		assertEquals(1, loaded.loadFailures().size(), loaded.loadFailures().toString());
		assertTrue(loaded.loadFailures().get(0).getMessage().contains("symbolic link"), loaded.loadFailures().toString());
		assertTrue(loaded.ruleResources().isEmpty());
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
