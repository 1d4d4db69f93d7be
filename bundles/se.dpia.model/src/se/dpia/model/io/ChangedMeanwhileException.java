package se.dpia.model.io;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that changed on disk after it was read: saving would silently drop the other change. */
public final class ChangedMeanwhileException extends IOException {

	private static final long serialVersionUID = 1L;

	public ChangedMeanwhileException(Path file) {
		super(file + " changed on disk after it was read (another command or the workbench saved it meanwhile);"
				+ " nothing was saved: run the command again, or reopen the assessment, to work on the saved version");
	}
}
