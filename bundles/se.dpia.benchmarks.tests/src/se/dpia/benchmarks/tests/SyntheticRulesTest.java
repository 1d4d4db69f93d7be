package se.dpia.benchmarks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.benchmarks.synthetic.Size;
import se.dpia.benchmarks.synthetic.SyntheticFolder;
import se.dpia.benchmarks.synthetic.SyntheticRules;
import se.dpia.benchmarks.workloads.Workbench;
import se.dpia.model.validation.Problem;

class SyntheticRulesTest {

	@TempDir
	Path temp;

	@Test
	void aRuleFileHasExactlyTheLinesAsked() {
		assertEquals(5000, SyntheticRules.file(5000, 1, "A1", 9).lines().count());
		assertEquals(SyntheticRules.ROUTINE_LINES + 1, SyntheticRules.file(SyntheticRules.ROUTINE_LINES + 1, 1, "A1", 9).lines().count());
	}

	@Test
	void aRuleFileTooShortForARoutineIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> SyntheticRules.file(SyntheticRules.ROUTINE_LINES, 1, "A1", 9));
	}

	@Test
	void aLongRuleFileChecksWithoutProblems() throws IOException {
		Size size = Size.ofRisks(20);
		Path folder = SyntheticFolder.write(temp.resolve("a"), 5, size);
		Path file = SyntheticFolder.writeRuleFile(folder, "lång.regler", 1000, 5, size);
		List<Problem> problems = new Workbench(SyntheticFolderTest.TEMPLATES).check(folder);
		assertEquals(List.of(), problems.stream().map(problem -> problem.format(problem.file())).toList());
		assertEquals(1000, Files.readAllLines(file).size());
	}
}
