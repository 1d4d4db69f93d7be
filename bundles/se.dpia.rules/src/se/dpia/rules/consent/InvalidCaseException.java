package se.dpia.rules.consent;

import java.nio.file.Path;

/** A case file that can't be understood: says which file and what to write instead. */
public class InvalidCaseException extends Exception {

	private static final long serialVersionUID = 1L;

	public InvalidCaseException(Path file, String message) {
		super(file + ": " + message);
	}
}
