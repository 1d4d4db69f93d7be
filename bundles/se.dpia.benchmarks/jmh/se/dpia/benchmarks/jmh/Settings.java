package se.dpia.benchmarks.jmh;

import java.nio.file.Path;

/** Where the benchmarks find the templates and the example, and write: system properties the runner sets. */
final class Settings {

	private Settings() {
	}

	static Path templates() {
		return Path.of(System.getProperty("dpia.templates", "templates"));
	}

	static Path example() {
		return Path.of(System.getProperty("dpia.example", "examples/ange-trygghetskamera"));
	}

	static Path work() {
		return Path.of(System.getProperty("dpia.benchmarks.work", "target/benchmarks"));
	}
}
