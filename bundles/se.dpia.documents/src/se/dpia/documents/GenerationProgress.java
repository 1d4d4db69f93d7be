package se.dpia.documents;

import java.nio.file.Path;

/**
 * What {@link DocumentSet} tells its caller while it works, and how the caller asks it to stop. Plain Java, so a
 * workbench can drive a progress bar from it while this bundle stays headless.
 */
public interface GenerationProgress {

	/** Called once, when it is known how many files will be written. */
	default void begin(int files) {
	}

	/** One file is laid out in memory; one unit of work. */
	default void laidOut(Path file) {
	}

	/** One file is in place in the output folder. */
	default void written(Path file) {
	}

	/**
	 * Something the documents will show wrongly though they can be written, e.g. a character the font cannot draw;
	 * told before the layout starts. A command line prints it on stderr.
	 */
	default void warning(String message) {
	}

	/**
	 * Asked before each document and before the first file is written; {@code true} stops generation with
	 * nothing written.
	 */
	default boolean isCancelled() {
		return false;
	}
}
