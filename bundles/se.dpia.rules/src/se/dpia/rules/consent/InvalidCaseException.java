package se.dpia.rules.consent;

import java.nio.file.Path;

/** A case file that can't be understood: says which file and line, and what to write instead. */
public class InvalidCaseException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int line;

	public InvalidCaseException(Path file, String message) {
		this(file, 0, message);
	}

	/** {@code line} 0 when the problem is not on one line (e.g. a key that is missing). */
	public InvalidCaseException(Path file, int line, String message) {
		super(file + (line > 0 ? ":" + line : "") + ": " + message);
		this.line = line;
	}

	/** The line to correct, or 0. */
	public int line() {
		return line;
	}
}
