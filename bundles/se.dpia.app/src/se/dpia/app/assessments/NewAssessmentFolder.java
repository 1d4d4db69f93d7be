package se.dpia.app.assessments;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import se.dpia.app.Messages;

/**
 * The wizard's side of {@link se.dpia.assessment.NewAssessmentFolder} (which does the work headless, as
 * {@code ./dpia new} does): the same folder, with the refusal in the workbench's language.
 */
public final class NewAssessmentFolder {

	/** The model file of a new empty assessment. */
	public static final String MODEL = se.dpia.assessment.NewAssessmentFolder.MODEL;
	/** The rule file with SKR's checklists, each point still to answer. */
	public static final String CHECKLISTS = se.dpia.assessment.NewAssessmentFolder.CHECKLISTS;

	private NewAssessmentFolder() {
	}

	/** Copies a bundled example into the folder. */
	public static void fromExample(Path example, Path folder) throws IOException {
		try {
			se.dpia.assessment.NewAssessmentFolder.fromExample(example, folder);
		} catch (se.dpia.assessment.NewAssessmentFolder.RefusedException e) {
			throw translated(e);
		}
	}

	/** Writes an empty assessment of the organisation, named, with SKR's checklists. */
	public static void empty(Path folder, String organisation, String name) throws IOException {
		try {
			se.dpia.assessment.NewAssessmentFolder.empty(folder, organisation, name);
		} catch (se.dpia.assessment.NewAssessmentFolder.RefusedException e) {
			throw translated(e);
		}
	}

	/** Refuses a folder that holds anything: a new assessment never overwrites or mixes with existing files. */
	public static void refuseIfNotEmpty(Path folder) throws IOException {
		try {
			se.dpia.assessment.NewAssessmentFolder.refuseIfNotEmpty(folder);
		} catch (se.dpia.assessment.NewAssessmentFolder.RefusedException e) {
			throw translated(e);
		}
	}

	static String idOf(String folderName) {
		return se.dpia.assessment.NewAssessmentFolder.idOf(folderName);
	}

	private static IOException translated(se.dpia.assessment.NewAssessmentFolder.RefusedException e) {
		return new IOException(NLS.bind(e.isFile() ? Messages.newFolderIsFile : Messages.newFolderNotEmpty, e.folder()), e);
	}
}
