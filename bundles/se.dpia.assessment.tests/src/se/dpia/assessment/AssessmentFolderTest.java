package se.dpia.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.assessment.approval.Approval;
import se.dpia.assessment.check.CheckResult;
import se.dpia.documents.DocumentInput;
import se.dpia.documents.GenerationProgress;
import se.dpia.documents.Language;
import se.dpia.documents.Templates;
import se.dpia.model.Assessment;
import se.dpia.model.io.AssessmentFiles;

/** The folder gives generation its whole input: model, rules, approval state and history, read once, here. */
class AssessmentFolderTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("dpia.root", "../..")).resolve("examples/ange-trygghetskamera");

	@TempDir
	Path folder;

	@Test
	void theInputSaysWhetherTheFolderStillHoldsTheApprovedContent() throws Exception {
		Path model = copyExample();
		assertNull(AssessmentFolder.open(folder).documentInput().approvedContentUnchanged(), "no approval yet");

		Assessment assessment = AssessmentFiles.load(model);
		Approval.approve(folder, model, assessment, "Dataskyddsombudet", "2026-11-24", "Inga invändningar");
		assertEquals(Boolean.TRUE, AssessmentFolder.open(folder).documentInput().approvedContentUnchanged());

		Assessment changed = AssessmentFiles.load(model);
		changed.getRisks().get(0).setLikelihood(4);
		AssessmentFiles.save(changed.eResource(), model);
		assertEquals(Boolean.FALSE, AssessmentFolder.open(folder).documentInput().approvedContentUnchanged());
	}

	@Test
	void theExampleInsideThisRepositoryHasItsOwnRevisionsAsHistoryNotTheProjectsCommits() throws Exception {
		AssessmentFolder example = AssessmentFolder.open(EXAMPLE);
		DocumentInput input = example.documentInput();
		assertEquals(DocumentInput.revisions(example.assessment()), input.history());
		assertFalse(input.history().isEmpty(), "the example states its revisions");
		assertEquals(example.ruleResources().size(), input.rules().size());
	}

	@Test
	void checkComposesEveryValidatorIntoOneResult() throws Exception {
		copyExample();
		Files.writeString(folder.resolve("fel.regler"), "samtyckesregel R gäller Finns_inte i hemtjänst {\n}\n");
		CheckResult result = AssessmentFolder.open(folder).check(Locale.ENGLISH);
		assertTrue(result.problems().stream().anyMatch(p -> p.inRuleFile() && p.isError()), "a rule-file error");
		assertTrue(result.problems().stream().anyMatch(p -> !p.inRuleFile()), "model problems too");
		assertEquals(result.problems().stream().filter(p -> p.isError()).count(), result.errors());
		assertTrue(result.hasErrors());
	}

	@Test
	void generatingTwiceFromTheSameFolderGivesTheSameBytes() throws Exception {
		copyExample();
		AssessmentFolder loaded = AssessmentFolder.open(folder);
		List<Path> first = loaded.generate(Templates.bundled(), Language.SV,
				folder.resolve("a"), new GenerationProgress() {
				});
		List<Path> second = AssessmentFolder.open(folder).generate(Templates.bundled(),
				Language.SV, folder.resolve("b"), new GenerationProgress() {
				});
		assertEquals(first.size(), second.size());
		for (int i = 0; i < first.size(); i++) {
			assertEquals(first.get(i).getFileName(), second.get(i).getFileName());
			assertTrue(Arrays.equals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i))),
					first.get(i).getFileName() + " differs");
		}
	}

	private Path copyExample() throws Exception {
		try (var files = Files.walk(EXAMPLE)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = folder.resolve(EXAMPLE.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
		return folder.resolve("assessment.dpia");
	}
}
