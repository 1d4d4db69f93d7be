package se.dpia.cli;

/** The command line was used wrongly: unknown command or option, or a missing value. Exit code 2. */
class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
