package se.dpia.benchmarks.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.benchmarks.synthetic.Size;
import se.dpia.benchmarks.synthetic.SyntheticAssessment;
import se.dpia.benchmarks.synthetic.SyntheticFolder;
import se.dpia.benchmarks.workloads.Workbench;
import se.dpia.model.Assessment;
import se.dpia.model.validation.Problem;

class SyntheticFolderTest {

	static final Path TEMPLATES = Path.of(System.getProperty("dpia.root", "../..")).resolve("templates");

	@TempDir
	Path temp;

	@Test
	void theSameSeedWritesTheSameBytes() throws IOException {
		Path first = SyntheticFolder.write(temp.resolve("first"), 42, Size.ofRisks(300));
		Path second = SyntheticFolder.write(temp.resolve("second"), 42, Size.ofRisks(300));
		List<Path> files = files(first);
		assertEquals(files, files(second));
		for (Path file : files) {
			assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file.toString());
		}
	}

	@Test
	void anotherSeedWritesAnotherModel() throws IOException {
		Path first = SyntheticFolder.write(temp.resolve("first"), 1, Size.ofRisks(50));
		Path second = SyntheticFolder.write(temp.resolve("second"), 2, Size.ofRisks(50));
		assertFalse(Files.readString(first.resolve("assessment.dpia")).equals(Files.readString(second.resolve("assessment.dpia"))));
	}

	@Test
	void theModelHasTheSizeAsked() {
		Size size = new Size(40, 9, 17, 3);
		Assessment assessment = SyntheticAssessment.build(7, size);
		assertEquals(40, assessment.getRisks().size());
		assertEquals(9, assessment.getFlows().size());
		assertEquals(17, assessment.getMitigations().size());
		assertTrue(assessment.getRisks().stream().allMatch(risk -> !risk.getMitigations().isEmpty()));
	}

	@Test
	void scalingKeepsTheProportions() {
		assertEquals(new Size(1250, 250, 625, 10), Size.scaled(1));
		assertEquals(new Size(10000, 2000, 5000, 80), Size.scaled(8));
		assertEquals(13, Size.scaled(0.01).risks());
	}

	@Test
	void checkingASyntheticFolderFindsNoProblem() throws IOException {
		Path folder = SyntheticFolder.write(temp.resolve("a"), 3, Size.ofRisks(260));
		List<Problem> problems = new Workbench(TEMPLATES).check(folder);
		assertEquals(List.of(), problems.stream().map(problem -> problem.format(problem.file())).toList());
	}

	@Test
	void theRoutinesAreSplitIntoRuleFiles() throws IOException {
		Path folder = SyntheticFolder.write(temp.resolve("a"), 3, Size.ofRisks(125 * 30));
		assertEquals(List.of(Path.of("rutiner/rutiner-01.regler"), Path.of("rutiner/rutiner-02.regler")),
				files(folder).stream().filter(file -> file.startsWith("rutiner")).toList());
		assertTrue(Files.readString(folder.resolve("rutiner/rutiner-02.regler")).contains("verksamhetsrutin Rutin_30 "));
	}

	static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
		}
	}
}
