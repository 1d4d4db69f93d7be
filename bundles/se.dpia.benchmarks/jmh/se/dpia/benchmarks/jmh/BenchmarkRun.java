package se.dpia.benchmarks.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import se.dpia.benchmarks.synthetic.Size;
import se.dpia.benchmarks.synthetic.SyntheticFolder;
import se.dpia.benchmarks.workloads.HtmlDocuments;
import se.dpia.benchmarks.workloads.Workbench;

/**
 * The whole benchmark, side by side in one run: the example's documents cold (command line) and warm (JMH), the
 * PDFBox floor, LibreOffice converting the same documents, scaling of check and generate with peak heap, rule
 * revalidation (JMH) and the workbench's cold start. Prints one Markdown table and writes it to
 * {@code target/benchmarks/results.md}. Started by {@code releng/scripts/benchmark}, which builds the class path.
 * <p>
 * Usage: {@code BenchmarkRun ROOT [--smoke]}; {@code --smoke} runs every row once on 0.01× models, to keep the
 * benchmark working; its figures mean nothing.
 */
public final class BenchmarkRun {

	private static final long SEED = 2026;
	private static final double[] FACTORS = { 1, 2, 4, 8 };

	private final Path root;
	private final boolean smoke;
	private final Path work;
	private final ResultTable table = new ResultTable();
	private final List<String> notes = new ArrayList<>();

	private BenchmarkRun(Path root, boolean smoke) {
		this.root = root;
		this.smoke = smoke;
		this.work = root.resolve("target/benchmarks");
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: BenchmarkRun ROOT [--smoke]");
			System.exit(2);
		}
		new BenchmarkRun(Path.of(args[0]).toAbsolutePath().normalize(), List.of(args).contains("--smoke")).run();
	}

	private void run() throws Exception {
		Files.createDirectories(work);
		long cold = coldCommandLine();
		Map<String, Double> warm = jmh();
		double exampleWarm = warm.get("DocumentsBenchmark.exampleSet");
		table.add("example document set, warm in-process (JMH, ms/op)", String.format("%.0f ms", exampleWarm), "≤ 0.5 s",
				target(exampleWarm <= 500));
		double oneAtATime = warm.get("DocumentsBenchmark.exampleSetOneAtATime");
		table.add("the same, documents laid out one at a time instead of on all " + Runtime.getRuntime().availableProcessors()
				+ " cores (JMH)", String.format("%.0f ms; all cores take %s of it", oneAtATime,
						ResultTable.ratio(exampleWarm / oneAtATime)), "", null);
		double floor = warm.get("DocumentsBenchmark.floor");
		table.add("the floor: PDFBox, same text and fonts, no layout (JMH)", String.format("%.0f ms; ours is %s of it",
				floor, ResultTable.ratio(exampleWarm / floor)), "≤ 2×", target(exampleWarm / floor <= 2));
		libreOffice(cold);
		scaling();
		double revalidation = warm.get("RevalidationBenchmark.oneLineEdit");
		table.add("revalidate a 5,000-line rule file after a one-line edit (JMH)", String.format("%.0f ms", revalidation),
				"≤ 50 ms", target(revalidation <= 50));
		double ruleSet = warm.get("RuleSetRevalidationBenchmark.oneLineEdit");
		table.add("revalidate 50,000 lines across 10 files after a one-line edit (JMH)", String.format("%.0f ms", ruleSet),
				"≤ 300 ms", target(ruleSet <= 300));
		double renamed = warm.get("RuleSetRevalidationBenchmark.renameReferencedStep");
		table.add("the same, the edit renaming a step the next file refers to (that file checked again too)",
				String.format("%.0f ms", renamed), "≤ 300 ms", target(renamed <= 300));
		workbenchStart();
		write();
	}

	/**
	 * The example's documents by {@code ./dpia generate}: a new JVM each time, median of several runs, after one run
	 * not timed: a product's first run of a command makes its class-data sharing archive and framework state, which a
	 * user pays once after installing, not each time.
	 */
	private long coldCommandLine() throws IOException, InterruptedException {
		List<Long> times = new ArrayList<>();
		Path out = work.resolve("cold-out");
		int files = 0;
		for (int i = smoke ? 0 : -1; i < (smoke ? 1 : 3); i++) {
			Processes.Finished run = Processes.run(List.of(root.resolve("dpia").toString(), "generate", "--out",
					out.toString()), Map.of(), work.resolve("cold-cli.log"), 600);
			if (run.exitCode() != 0) {
				throw new IOException("./dpia generate failed (exit " + run.exitCode() + "): " + run.output());
			}
			if (i >= 0) {
				times.add(run.millis());
			}
			files = (int) run.output().lines().filter(line -> line.endsWith(".pdf")).count();
		}
		long median = Processes.median(times);
		table.add("example document set (" + files + " PDFs), cold: `./dpia generate`, median of " + times.size(),
				ResultTable.seconds(median), "≤ 3 s", target(median <= 3000));
		return median;
	}

	private Map<String, Double> jmh() throws RunnerException {
		ChainedOptionsBuilder options = new OptionsBuilder()
				.include(DocumentsBenchmark.class.getName() + "|" + RevalidationBenchmark.class.getName() + "|"
						+ RuleSetRevalidationBenchmark.class.getName())
				.jvmArgsAppend("-Xmx2g", "-Ddpia.templates=" + root.resolve("templates"),
						"-Ddpia.example=" + root.resolve("examples/ange-trygghetskamera"), "-Ddpia.benchmarks.work=" + work)
				.shouldFailOnError(true).result(work.resolve("jmh.json").toString())
				.resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON);
		if (smoke) {
			options.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(100));
		} else {
			options.forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
					.measurementTime(TimeValue.seconds(2));
		}
		Map<String, Double> scores = new HashMap<>();
		for (RunResult result : new Runner(options.build()).run()) {
			String benchmark = result.getParams().getBenchmark();
			scores.put(benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
					result.getPrimaryResult().getScore());
		}
		return scores;
	}

	/** What users do today: LibreOffice Writer converting the same documents (our templates' HTML) to PDF. */
	private void libreOffice(long ours) throws Exception {
		if (!Processes.onPath("soffice")) {
			table.add("LibreOffice converting the same documents to PDF", "skipped: LibreOffice is not installed "
					+ "(apt-get install --no-install-recommends libreoffice-writer-nogui)", "", null);
			return;
		}
		Workbench workbench = new Workbench(root.resolve("templates"));
		List<Path> html = HtmlDocuments.write(workbench.load(root.resolve("examples/ange-trygghetskamera")),
				root.resolve("templates"), work.resolve("html"));
		List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + work.resolve("lo-profile").toUri(),
				"--headless", "--norestore", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", work.resolve("lo-out").toString()));
		html.forEach(file -> command.add(file.toString()));
		Processes.run(command, Map.of(), work.resolve("libreoffice.log"), 600); // makes the profile: not timed
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < (smoke ? 1 : 3); i++) {
			Processes.Finished run = Processes.run(command, Map.of(), work.resolve("libreoffice.log"), 600);
			if (run.exitCode() != 0) {
				throw new IOException("LibreOffice failed (exit " + run.exitCode() + "): " + run.output());
			}
			times.add(run.millis());
		}
		long median = Processes.median(times);
		table.add("LibreOffice " + version() + " converting the same " + html.size()
				+ " documents (our HTML) to PDF, cold `soffice --headless --convert-to pdf`",
				ResultTable.seconds(median) + "; ours (cold) is " + ResultTable.ratio((double) ours / median) + " of it", "", null);
	}

	/** Check and generate at 1×, 2×, 4×, 8× of the 1,250-risk model, each in a JVM of at most 512 MiB. */
	private void scaling() throws Exception {
		Path models = work.resolve("models");
		Path warmup = SyntheticFolder.write(models.resolve("warmup"), SEED, Size.scaled(smoke ? 0.01 : 0.1));
		long previous = 0;
		List<String> perPage = new ArrayList<>();
		List<String> heaps = new ArrayList<>();
		for (double factor : FACTORS) {
			double scaled = smoke ? factor / 100 : factor;
			Size size = Size.scaled(scaled);
			Path folder = SyntheticFolder.write(models.resolve("x" + factor), SEED, size);
			Path out = work.resolve("scaling-out/x" + factor);
			List<String> command = new ArrayList<>(List.of(javaBinary()));
			// this JVM's options (logging, native access) but its heap limit: the probe runs within 512 MiB
			java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
					.filter(option -> !option.startsWith("-Xmx")).forEach(command::add);
			command.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"),
					"se.dpia.benchmarks.probe.ScalingProbe", root.resolve("templates").toString(), warmup.toString(),
					folder.toString(), out.toString(), smoke ? "1" : "3"));
			Processes.Finished run = Processes.run(command, Map.of(), work.resolve("scaling-x" + factor + ".log"), 1800);
			String what = String.format("check + generate, %,d risks (%s×: %,d flows, %,d measures, %d routines)",
					size.risks(), smoke ? String.valueOf(scaled) : String.valueOf((int) factor), size.flows(),
					size.mitigations(), size.routines());
			if (run.exitCode() != 0) {
				boolean oom = run.output().contains("OutOfMemoryError");
				String checked = run.output().lines().filter(line -> line.startsWith("checkMs=")).findFirst()
						.map(line -> "check " + ResultTable.seconds(Long.parseLong(line.substring(8))) + "; generate: ").orElse("");
				perPage.add("–");
				heaps.add(oom ? "out of memory" : "–");
				table.add(what, checked + (oom ? "out of memory in 512 MiB" : "failed (exit " + run.exitCode() + "), see "
						+ work.relativize(work.resolve("scaling-x" + factor + ".log"))), factor == 8 ? "≤ 15 s in 512 MiB" : "",
						smoke ? null : false);
				previous = 0;
				continue;
			}
			Properties figures = new Properties();
			figures.load(new java.io.StringReader(run.output()));
			long check = Long.parseLong(figures.getProperty("checkMs"));
			long generate = Long.parseLong(figures.getProperty("generateMs"));
			long total = check + generate;
			String figure = "check " + ResultTable.seconds(check) + " + generate " + ResultTable.seconds(generate) + " = "
					+ ResultTable.seconds(total) + "; live heap peak " + figures.getProperty("liveHeapMiB") + " MiB (pools' peaks summed "
					+ figures.getProperty("poolPeaksMiB") + " MiB); "
					+ figures.getProperty("files") + " PDFs, " + figures.getProperty("pages") + " pages";
			double msPerPage = (double) generate / Long.parseLong(figures.getProperty("pages"));
			perPage.add(String.format("%.1f ms", msPerPage));
			heaps.add(figures.getProperty("liveHeapMiB") + " MiB");
			table.add(what, figure, factor == 8 ? "≤ 15 s in 512 MiB" : "", factor == 8 ? target(total <= 15_000) : null);
			if (previous > 0) {
				double ratio = (double) total / previous;
				table.add("doubling the model to " + String.format("%,d", size.risks()) + " risks: time ratio",
						ResultTable.ratio(ratio), "≤ 2.2×", target(ratio <= 2.2));
			}
			previous = total;
		}
		String sizes = smoke ? "0.01×, 0.02×, 0.04×, 0.08×" : "1×, 2×, 4×, 8×";
		table.add("generation time per page at " + sizes, String.join(" / ", perPage),
				"flat (doubling the model ≤ 2.2× the time)", null);
		table.add("live heap peak at " + sizes + " (JVM limited to 512 MiB)", String.join(" / ", heaps), "≤ 512 MiB", null);
	}

	/**
	 * Cold start of the workbench on the example until its first window is usable (needs a display), after one start
	 * not timed (the archive and framework state of a first run, as for the command line).
	 */
	private void workbenchStart() throws Exception {
		if (System.getenv("DISPLAY") == null) {
			table.add("workbench cold start to the first usable window", "skipped: no display (run under xvfb-run)", "≤ 3 s", null);
			return;
		}
		// a copy: the workbench makes the folder an Eclipse project (.project), which must not land in examples/
		Path example = copy(root.resolve("examples/ange-trygghetskamera"), work.resolve("workbench-example"));
		List<Long> times = new ArrayList<>();
		List<Long> jvm = new ArrayList<>();
		List<Long> window = new ArrayList<>();
		for (int i = smoke ? 0 : -1; i < (smoke ? 1 : 3); i++) {
			Path timing = work.resolve("startup-" + i + ".properties");
			Files.deleteIfExists(timing);
			Path workspace = Files.createTempDirectory(work, "workspace");
			Map<String, String> environment = Map.of("DPIA_WORKSPACE", workspace.toString(), "JAVA_TOOL_OPTIONS",
					"-Ddpia.benchmark.startup=" + timing);
			long launched = System.currentTimeMillis();
			Processes.Finished run = Processes.run(List.of(root.resolve("dpia").toString(), "workbench", example.toString()), environment,
					work.resolve("workbench.log"), 300);
			if (!Files.exists(timing)) {
				throw new IOException("the workbench wrote no startup time (exit " + run.exitCode() + "): " + run.output());
			}
			if (i < 0) {
				continue;
			}
			Properties figures = new Properties();
			figures.load(new java.io.StringReader(Files.readString(timing)));
			times.add(Long.parseLong(figures.getProperty("epochMs")) - launched);
			jvm.add(Long.parseLong(figures.getProperty("jvmUptimeMs")));
			window.add(Long.parseLong(figures.getProperty("windowJvmUptimeMs", "-1")));
		}
		long median = Processes.median(times);
		table.add("workbench cold start (`./dpia workbench` to the first usable window, example open), median of "
				+ times.size(), ResultTable.seconds(median) + " (JVM start to window with the example open: "
				+ ResultTable.seconds(Processes.median(jvm)) + "; to the window answering input, the example still loading: "
				+ ResultTable.seconds(Processes.median(window)) + ")", "≤ 3 s", target(median <= 3000));
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (var files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		return to;
	}

	private Boolean target(boolean met) {
		return smoke ? null : met;
	}

	private void write() throws IOException, InterruptedException {
		String date = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
		String load = Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).trim() : "?";
		String text = "Benchmark " + (smoke ? "SMOKE run (0.01× models, one iteration: the figures mean nothing)" : "run")
				+ " of " + date + ", `releng/scripts/benchmark" + (smoke ? " --smoke" : "") + "`; "
				+ Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
				+ ", load average at the end " + load + "\n\n" + table.markdown();
		for (String note : notes) {
			text += "\n" + note + "\n";
		}
		Files.writeString(work.resolve("results.md"), text, StandardCharsets.UTF_8);
		System.out.println();
		System.out.println(text);
		System.out.println("benchmark: written to " + root.relativize(work.resolve("results.md")));
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String version() throws IOException, InterruptedException {
		Path log = Files.createTempFile("soffice", ".log");
		try {
			String output = Processes.run(List.of("soffice", "--version"), Map.of(), log, 120).output().trim();
			String[] words = output.split("\\s+");
			return words.length > 1 ? words[1] : output;
		} finally {
			Files.deleteIfExists(log);
		}
	}
}
