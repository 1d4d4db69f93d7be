package se.dpia.cli;

import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What the command line says when a command fails unexpectedly: what went wrong and what to do, in a line or two,
 * and a stack trace only with {@code --debug}. Running out of memory gets its own advice, never the JVM's trace.
 */
final class FailureReport {

	private FailureReport() {
	}

	static void print(String command, Throwable failure, boolean debug, PrintStream err) {
		if (failure instanceof OutOfMemoryError) {
			long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
			err.println("dpia: " + command + " ran out of memory (the Java heap holds at most " + heap + " MB);"
					+ " the assessment folder is larger than the workbench can handle");
			err.println("dpia: check that the folder holds only the assessment (models are limited to 10 MB, rule files"
					+ " to 1 MB), or give Java more memory: DPIA_JAVA_OPTS=-Xmx4g ./dpia " + command + " ...");
		} else if (failure instanceof StackOverflowError) {
			err.println("dpia: " + command + " failed: an input is nested too deeply to be read");
			err.println("dpia: check the model and rule files for a runaway nesting (./dpia check names the file)");
		} else {
			err.println("dpia: " + command + " failed: " + describe(failure));
			err.println("dpia: " + advice(failure));
		}
		if (debug) {
			failure.printStackTrace(err);
		}
	}

	/** The failure in words: for file-system errors the file and the reason, else the exception's message. */
	static String describe(Throwable failure) {
		if (failure instanceof NoSuchFileException e) {
			return "no such file or folder: " + e.getFile();
		}
		if (failure instanceof AccessDeniedException e) {
			return "no permission to use " + e.getFile();
		}
		if (failure instanceof NotDirectoryException e) {
			return e.getFile() + " is not a folder";
		}
		if (failure instanceof FileAlreadyExistsException e) {
			return e.getFile() + " already exists and is in the way";
		}
		if (failure instanceof DirectoryNotEmptyException e) {
			return e.getFile() + " is a folder that is not empty";
		}
		if (failure instanceof FileSystemException e) {
			return e.getFile() + (e.getReason() == null ? "" : ": " + e.getReason());
		}
		String message = failure.getMessage();
		return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
	}

	private static String advice(Throwable failure) {
		if (failure instanceof FileSystemException) {
			return "check the path, that it is a folder where one is expected and that you may read and write it,"
					+ " then run the command again";
		}
		return "run the command again with --debug to see the details, and report them if the cause is unclear";
	}
}
