package se.dpia.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of the program the user ran, for the messages that tell what to run next. The product's launch scripts
 * set the system property {@code dpia.program} to their own name ({@code dpia.sh}, {@code dpia.cmd}); without it
 * (the checkout's {@code ./dpia}, the tests) the messages say {@code ./dpia} as they always have. The messages keep
 * saying {@code ./dpia}; {@link #naming} rewrites each line on its way out.
 */
public final class Program {

	public static final String PROPERTY = "dpia.program";
	static final String CHECKOUT = "./dpia";

	/** {@code ./dpia} as a command, not part of a path or of another name ({@code ./dpia-x}, {@code a/./dpia}). */
	private static final Pattern COMMAND = Pattern.compile("(?<![\\w./-])\\./dpia(?![\\w.-])( workbench\\b)?");

	private Program() {
	}

	/** The program the user ran: {@code dpia.program}, else {@code ./dpia}. */
	public static String name() {
		String name = System.getProperty(PROPERTY);
		return name == null || name.isBlank() ? CHECKOUT : name.strip();
	}

	/**
	 * The text with each {@code ./dpia} naming {@code program} instead; {@code ./dpia workbench} names the product's
	 * workbench script beside it ({@code dpia.sh} gives {@code dpia-workbench.sh}).
	 */
	static String named(String text, String program) {
		if (program.equals(CHECKOUT) || !text.contains(CHECKOUT)) {
			return text;
		}
		Matcher matcher = COMMAND.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String replacement = matcher.group(1) == null ? program : workbench(program);
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static String workbench(String program) {
		int dot = program.lastIndexOf('.');
		return program.startsWith("dpia") && dot > 0 ? "dpia-workbench" + program.substring(dot) : program + " workbench";
	}

	/** {@code out}, or, when the user ran another program than {@code ./dpia}, a stream naming it in each line. */
	static PrintStream naming(PrintStream out, String program) {
		if (program.equals(CHECKOUT)) {
			return out;
		}
		return new PrintStream(new Lines(out, program), true, StandardCharsets.UTF_8);
	}

	/** Collects UTF-8 bytes to the end of each line, then writes the line with the program named. */
	private static final class Lines extends OutputStream {

		private final PrintStream target;
		private final String program;
		private final ByteArrayOutputStream line = new ByteArrayOutputStream();

		Lines(PrintStream target, String program) {
			this.target = target;
			this.program = program;
		}

		@Override
		public void write(int b) {
			line.write(b);
			if (b == '\n') {
				emit();
			}
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			for (int i = offset; i < offset + length; i++) {
				write(bytes[i]);
			}
		}

		@Override
		public void flush() {
			emit();
			target.flush();
		}

		@Override
		public void close() throws IOException {
			flush();
		}

		private void emit() {
			if (line.size() == 0) {
				return;
			}
			byte[] text = named(line.toString(StandardCharsets.UTF_8), program).getBytes(StandardCharsets.UTF_8);
			target.write(text, 0, text.length);
			line.reset();
		}
	}
}
