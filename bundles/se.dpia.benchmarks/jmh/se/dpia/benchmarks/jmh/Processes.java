package se.dpia.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a whole process and times it from launch to exit (cold: a new JVM each time). */
final class Processes {

	/** A finished process: its wall time, exit code and output (stdout and stderr together). */
	record Finished(long millis, int exitCode, String output) {
	}

	private Processes() {
	}

	static Finished run(List<String> command, Map<String, String> environment, Path log, long timeoutSeconds)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		long start = System.nanoTime();
		Process process = builder.start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s; see " + log);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		return new Finished(millis, process.exitValue(), Files.readString(log));
	}

	/** The median of some figures (the lower middle one of an even count). */
	static long median(List<Long> figures) {
		List<Long> sorted = new ArrayList<>(figures);
		sorted.sort(null);
		return sorted.get((sorted.size() - 1) / 2);
	}

	/** Whether a program is on the PATH. */
	static boolean onPath(String program) {
		for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (Files.isExecutable(Path.of(folder, program))) {
				return true;
			}
		}
		return false;
	}
}
