package se.dpia.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import se.dpia.benchmarks.workloads.FloorPdf;
import se.dpia.benchmarks.workloads.Workbench;
import se.dpia.documents.DocumentSet;
import se.dpia.documents.TemplateException;

/**
 * The bundled example's full document set, warm and in-process ({@code exampleSet}: load the folder, lay out and
 * write every PDF, as {@code ./dpia generate} does; {@code exampleSetOneAtATime}: the same with the documents laid out
 * one after the other instead of on all cores), and the floor: PDFBox writing the same text with the same fonts and no
 * layout ({@code floor}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DocumentsBenchmark {

	private Workbench workbench;
	private Path example;
	private Path out;
	private FloorPdf floor;

	@Setup
	public void setUp() throws IOException, TemplateException {
		workbench = new Workbench(Settings.templates());
		example = Settings.example();
		out = Settings.work().resolve("jmh-example");
		floor = FloorPdf.of(workbench.generate(example, Settings.work().resolve("jmh-floor-source")));
	}

	@Benchmark
	public List<Path> exampleSet() throws IOException, TemplateException {
		return workbench.generate(example, out);
	}

	@Benchmark
	public List<Path> exampleSetOneAtATime() throws IOException, TemplateException {
		System.setProperty(DocumentSet.THREADS_PROPERTY, "1");
		try {
			return workbench.generate(example, out);
		} finally {
			System.clearProperty(DocumentSet.THREADS_PROPERTY);
		}
	}

	@Benchmark
	public long floor() throws IOException {
		return floor.write();
	}
}
