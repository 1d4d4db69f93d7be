package se.dpia.assessment;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import se.dpia.model.io.ModelLoadException;

/**
 * Generation refused because a model or rule file of the folder could not be loaded (too large, linked out of the
 * folder, not readable): the document set would silently lack its routines, checklists or consent forms, so nothing
 * is written. The message names each file and why.
 */
public final class UnreadableFilesException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient List<ModelLoadException> failures;

	public UnreadableFilesException(List<ModelLoadException> failures) {
		super(failures.stream().map(UnreadableFilesException::describe).collect(Collectors.joining("; "))
				+ "; nothing was generated, as the documents would miss what " + (failures.size() == 1 ? "this file holds"
						: "these files hold") + ": correct it and generate again");
		this.failures = List.copyOf(failures);
	}

	/** The files that could not be loaded, each with its place and reason. */
	public List<ModelLoadException> failures() {
		return failures;
	}

	/** "path:line:column: reason", or "path: reason" without a place. */
	public static String describe(ModelLoadException failure) {
		return failure.file() + (failure.line() > 0 ? ":" + failure.line() + ":" + Math.max(failure.column(), 1) : "")
				+ ": " + failure.getMessage();
	}
}
