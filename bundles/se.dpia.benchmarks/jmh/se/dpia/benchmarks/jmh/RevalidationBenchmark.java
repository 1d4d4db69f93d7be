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

import se.dpia.benchmarks.synthetic.Size;
import se.dpia.benchmarks.synthetic.SyntheticFolder;
import se.dpia.benchmarks.workloads.Revalidation;
import se.dpia.benchmarks.workloads.Workbench;

/** Revalidating a 5,000-line rule file after a one-line edit, as the rule editor does on each change. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RevalidationBenchmark {

	/** The rule file's length. */
	public static final int LINES = 5000;

	private Revalidation revalidation;

	@Setup
	public void setUp() throws IOException {
		Size size = Size.ofRisks(250);
		Path folder = SyntheticFolder.write(Settings.work().resolve("jmh-revalidation"), 11, size);
		Path file = SyntheticFolder.writeRuleFile(folder, "lång.regler", LINES, 11, size);
		Workbench workbench = new Workbench(Settings.templates());
		// line 2,505 is a step of a routine in the middle of the file
		revalidation = new Revalidation(workbench.load(folder), file, Files.readString(file), LINES / 2 + 5);
	}

	@Benchmark
	public List<Issue> oneLineEdit() throws IOException {
		return revalidation.revalidate();
	}
}
