package se.dpia.benchmarks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.benchmarks.synthetic.Size;
import se.dpia.benchmarks.synthetic.SyntheticFolder;
import se.dpia.benchmarks.workloads.FloorPdf;
import se.dpia.benchmarks.workloads.HtmlDocuments;
import se.dpia.benchmarks.workloads.Revalidation;
import se.dpia.benchmarks.workloads.Workbench;
import se.dpia.documents.TemplateException;

/**
 * The benchmark smoke CI runs: every workload the benchmark times, once, on a 0.01× model (13 risks), checking
 * what it produced. No timing: benchmarks are run with {@code releng/scripts/benchmark}, not in the test suite.
 */
class BenchmarkSmokeTest {

	@TempDir
	static Path temp;

	private static final Size SIZE = Size.scaled(0.01);
	private static Workbench workbench;
	private static Path folder;
	private static List<Path> files;

	/** One model and one generation for every test, to keep the smoke short. */
	@BeforeAll
	static void generate() throws IOException, TemplateException {
		workbench = new Workbench(SyntheticFolderTest.TEMPLATES);
		folder = SyntheticFolder.write(temp.resolve("model"), 1, SIZE);
		files = workbench.generate(folder, temp.resolve("out"));
	}

	@Test
	void generatesEveryDocumentOfASmallModel() {
		// the report, the processor's PUB annexes, its PUB agreement, one routine, one consent form and its information sheet
		assertEquals(6, files.size(), files.toString());
		assertTrue(files.stream().allMatch(file -> file.toString().endsWith(".pdf")));
	}

	@Test
	void theFloorWritesTheSameTextAsOurDocuments() throws IOException, TemplateException {
		FloorPdf floor = FloorPdf.of(files);
		assertTrue(floor.characters() > 1000, "the floor has only " + floor.characters() + " characters to write");
		assertTrue(floor.write() > 0);
	}

	@Test
	void writesOneHtmlFilePerDocument() throws IOException, TemplateException {
		List<Path> html = HtmlDocuments.write(workbench.load(folder), SyntheticFolderTest.TEMPLATES, temp.resolve("html"));
		assertEquals(6, html.size());
		assertTrue(Files.readString(html.get(0)).contains("R12"));
	}

	@Test
	void revalidatesALongRuleFileAfterAnEdit() throws IOException {
		Path rules = SyntheticFolder.write(temp.resolve("rules"), 1, SIZE);
		Path file = SyntheticFolder.writeRuleFile(rules, "lång.regler", 500, 1, SIZE);
		AssessmentFolder loaded = workbench.load(rules);
		Revalidation revalidation = new Revalidation(loaded, file, Files.readString(file), 250);
		List<Issue> edited = revalidation.revalidate();
		assertTrue(revalidation.parsedText().contains("// ändrad"), "the edit reached the parser");
		List<Issue> original = revalidation.revalidate();
		assertEquals(Files.readString(file), revalidation.parsedText());
		assertEquals(List.of(), errors(edited));
		assertEquals(List.of(), errors(original));
	}

	@Test
	void revalidatesTheFileThatRefersToAStepRenamedInAnotherFile() throws IOException {
		Path rules = SyntheticFolder.write(temp.resolve("rule-set"), 1, SIZE);
		List<Path> ruleFiles = SyntheticFolder.writeRuleFiles(rules, 3, 400, 1, SIZE);
		String original = Files.readString(ruleFiles.get(1));
		int line = SyntheticFolder.middleVisitLine(400);
		AssessmentFolder loaded = workbench.load(rules);
		URI next = URI.createFileURI(ruleFiles.get(2).toAbsolutePath().toString());

		Revalidation comment = new Revalidation(loaded, ruleFiles.get(1), original, line);
		assertEquals(List.of(), errors(comment.revalidate()));
		assertEquals(Map.of(), comment.affected(), "a comment changes nothing another file sees");
		comment.revalidate();

		Revalidation rename = new Revalidation(loaded, ruleFiles.get(1), original,
				Revalidation.replaceOnLine(original, line, "steg Hembesök:", "steg Hembesök_ändrad:"));
		assertEquals(List.of(), errors(rename.revalidate()));
		assertEquals(Set.of(next), rename.affected().keySet());
		List<String> broken = errors(rename.affected().get(next));
		assertEquals(1, broken.size(), broken.toString());
		assertTrue(broken.get(0).contains("Hembesök"), broken.get(0));
		rename.revalidate();
		assertEquals(List.of(), errors(rename.affected().get(next)), "renamed back, the reference resolves again");
	}

	private static List<String> errors(List<Issue> issues) {
		return issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR).map(Issue::toString).toList();
	}
}
