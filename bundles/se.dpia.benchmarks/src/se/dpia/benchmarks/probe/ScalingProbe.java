package se.dpia.benchmarks.probe;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import se.dpia.benchmarks.workloads.Workbench;
import se.dpia.model.validation.Problem;

/**
 * One point of the scaling benchmark, run in its own JVM (the runner starts it with {@code -Xmx512m}): warms up on
 * a small folder, then checks and generates the measured folder once each, and prints {@code key=value} lines:
 * {@code checkMs}, {@code generateMs}, {@code liveHeapMiB} (the peak of the heap in use after a garbage collection,
 * {@link LiveHeap}), {@code poolPeaksMiB} (the heap pools' own peaks summed: includes garbage, so it can pass the
 * limit), {@code errors}, {@code files}, {@code pages} (of all the files).
 * <p>
 * Usage: {@code ScalingProbe TEMPLATES WARMUP_FOLDER FOLDER OUT [WARMUPS]}
 */
public final class ScalingProbe {

	private ScalingProbe() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 4) {
			System.err.println("usage: ScalingProbe TEMPLATES WARMUP_FOLDER FOLDER OUT [WARMUPS]");
			System.exit(2);
		}
		Workbench workbench = new Workbench(Path.of(args[0]));
		Path warmup = Path.of(args[1]);
		Path folder = Path.of(args[2]);
		Path out = Path.of(args[3]);
		int warmups = args.length > 4 ? Integer.parseInt(args[4]) : 3;
		for (int i = 0; i < warmups; i++) {
			workbench.check(warmup);
			workbench.generate(warmup, out.resolve("warmup"));
		}
		LiveHeap live = new LiveHeap();
		System.gc();
		live.reset();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP).toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		List<Problem> problems = workbench.check(folder);
		long checked = System.nanoTime();
		// printed at once, so a generation that runs out of memory still leaves the check's figure
		System.out.println("checkMs=" + (checked - start) / 1_000_000);
		System.out.println("errors=" + problems.stream().filter(Problem::isError).count());
		List<Path> files = workbench.generate(folder, Files.createDirectories(out.resolve("documents")));
		long generated = System.nanoTime();
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		System.out.println("generateMs=" + (generated - checked) / 1_000_000);
		System.out.println("liveHeapMiB=" + live.peakMiB());
		System.out.println("poolPeaksMiB=" + peak / (1024 * 1024));
		System.out.println("files=" + files.size());
		System.out.println("pages=" + pages(files));
	}

	/** The pages of the generated PDFs, read one file at a time (after the measurement). */
	private static long pages(List<Path> files) throws java.io.IOException {
		long pages = 0;
		for (Path file : files) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				pages += pdf.getNumberOfPages();
			}
		}
		return pages;
	}
}
