package se.dpia.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.validation.Issue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.benchmarks.synthetic.Size;
import se.dpia.benchmarks.synthetic.SyntheticFolder;
import se.dpia.benchmarks.workloads.Revalidation;
import se.dpia.benchmarks.workloads.Workbench;

/**
 * Revalidating after a one-line edit in the middle file of a rule set of 50,000 lines across 10 files, each file
 * referred to by the next one's checklist, as the rule editor does on each change (issue 21): an edit that changes
 * no name another file can see, and one that renames a step the next file refers to.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleSetRevalidationBenchmark {

	/** Files in the rule set. */
	public static final int FILES = 10;
	/** Lines of each file. */
	public static final int LINES = 5000;

	private Revalidation oneLineEdit;
	private Revalidation renamedStep;

	@Setup
	public void setUp() throws IOException {
		Size size = Size.ofRisks(250);
		Path folder = SyntheticFolder.write(Settings.work().resolve("jmh-rule-set"), 11, size);
		List<Path> files = SyntheticFolder.writeRuleFiles(folder, FILES, LINES, 11, size);
		Workbench workbench = new Workbench(Settings.templates());
		int edited = FILES / 2 - 1;
		Path file = files.get(edited);
		String original = Files.readString(file);
		int line = SyntheticFolder.middleVisitLine(LINES);
		// two editors, each with its folder loaded, as two windows would have
		AssessmentFolder loaded = workbench.load(folder);
		oneLineEdit = new Revalidation(loaded, file, original, line);
		renamedStep = new Revalidation(workbench.load(folder), file, original,
				Revalidation.replaceOnLine(original, line, "steg Hembesök:", "steg Hembesök_ändrad:"));
	}

	@Benchmark
	public List<Issue> oneLineEdit() throws IOException {
		return oneLineEdit.revalidate();
	}

	@Benchmark
	public List<Issue> renameReferencedStep() throws IOException {
		return renamedStep.revalidate();
	}
}
