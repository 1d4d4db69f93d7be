package se.dpia.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the command line prints comes partly from the assessment (names, file names, rule strings, messages quoting
 * them): such text may hold a newline that would start a line looking like another problem, or an escape sequence
 * the terminal would obey. Every line printed is one line of text: control characters, line and paragraph
 * separators and bidirectional overrides are shown escaped ({@code \n}, {@code \x1b}, {@code \u202e}).
 */
final class Terminal {

	private Terminal() {
	}

	/** The text with every character that could move the cursor, colour or reorder the terminal shown escaped. */
	static String safe(String text) {
		if (text == null || text.chars().noneMatch(Terminal::needsEscape)) {
			return text;
		}
		StringBuilder safe = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!needsEscape(c)) {
				safe.append(c);
			} else if (c == '\n') {
				safe.append("\\n");
			} else if (c == '\r') {
				safe.append("\\r");
			} else if (c < 0x100) {
				safe.append(String.format("\\x%02x", (int) c));
			} else {
				safe.append(String.format("\\u%04x", (int) c));
			}
		}
		return safe.toString();
	}

	private static boolean needsEscape(int c) {
		if (c == '\t') {
			return false;
		}
		return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
				|| (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f'
				|| c == '\u061c';
	}

	/**
	 * A stream whose {@code println} prints each line {@linkplain #safe safe}: every line the command line writes goes
	 * through one, so no message or name can forge a line or reach the terminal raw. {@code print} (the fixed help
	 * text) passes unchanged.
	 */
	static PrintStream escaping(PrintStream target) {
		return new PrintStream(target, true, StandardCharsets.UTF_8) {
			@Override
			public void println(String line) {
				super.println(safe(line));
			}

			@Override
			public void println(Object line) {
				super.println(safe(String.valueOf(line)));
			}
		};
	}
}
