package se.dpia.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line in-process with the bundled example and templates as defaults; each run starts with empty output. */
final class CommandLine {

	static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));
	static final Path EXAMPLE = ROOT.resolve("examples/ange-trygghetskamera");

	private ByteArrayOutputStream out = new ByteArrayOutputStream();
	private ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				new Defaults(EXAMPLE, ROOT.resolve("templates"))).run(args);
	}

	String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
