package se.dpia.assessment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import se.dpia.model.Assessment;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.io.ModelLoadException;

/**
 * The assessment model of a folder, for tasks that need only the model (not the rule files): screening, threat
 * proposals and decisions, approval.
 */
public record ModelFolder(Path file, Assessment assessment) {

	/**
	 * Loads the first model file ({@code *.dpia}) in the folder.
	 *
	 * @throws ModelLoadException when the folder has no model file or it can't be read; the message says what to do
	 */
	public static ModelFolder load(Path folder) throws IOException, ModelLoadException {
		List<Path> files = AssessmentFiles.modelFilesIn(folder);
		if (files.isEmpty()) {
			throw new ModelLoadException(folder, 0, 0, new se.dpia.model.io.LoadText("noModelInFolder"));
		}
		return new ModelFolder(files.get(0), AssessmentFiles.load(files.get(0)));
	}

	/** The assessment folder: the model file's folder. */
	public Path root() {
		return file.toAbsolutePath().getParent();
	}

	/** The assessment's name for headings, or its id. */
	public String title() {
		return assessment.getName() == null ? String.valueOf(assessment.getId()) : assessment.getName();
	}

	/** Saves the model atomically, so a crash never leaves a half-written file. */
	public void save() throws IOException {
		AssessmentFiles.save(assessment.eResource(), file);
	}
}
