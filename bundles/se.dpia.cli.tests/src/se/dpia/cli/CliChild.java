package se.dpia.cli;

import java.nio.file.Path;

/**
 * The command line in a child JVM on a plain class path, for tests that need a process of their own (another
 * environment, several at once): {@code CliChild ROOT COMMAND ARGS...} runs {@code ./dpia COMMAND ARGS...} with the
 * example and templates under ROOT as defaults, and exits with its exit code. It first prints the JVM's file-name
 * encoding as {@code sun.jnu.encoding=...} on stderr.
 */
public final class CliChild {

	private CliChild() {
	}

	public static void main(String[] args) {
		System.err.println("sun.jnu.encoding=" + System.getProperty("sun.jnu.encoding"));
		Path root = Path.of(args[0]);
		String[] command = java.util.Arrays.copyOfRange(args, 1, args.length);
		System.exit(new Cli(System.out, System.err, new Defaults(root.resolve("examples/ange-trygghetskamera"),
				root.resolve("templates"))).run(command));
	}
}
