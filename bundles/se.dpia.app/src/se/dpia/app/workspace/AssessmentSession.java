package se.dpia.app.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import se.dpia.app.Activatorless;
import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.check.CheckResult;
import se.dpia.model.Assessment;
import se.dpia.model.editor.ModelEditingDomain;
import se.dpia.model.io.AssessmentFiles;

/**
 * The assessment folder open in the workbench, the editing domain its model is changed through, and who wants to
 * know when another folder is opened.
 */
public final class AssessmentSession {

	private static final AssessmentSession INSTANCE = new AssessmentSession();

	private final List<Consumer<AssessmentFolder>> listeners = new CopyOnWriteArrayList<>();
	private final List<Runnable> checkListeners = new CopyOnWriteArrayList<>();
	private CheckResult lastCheck = new CheckResult(List.of());
	private AssessmentFolder current;
	private IProject project;
	private AdapterFactoryEditingDomain editingDomain;

	private AssessmentSession() {
	}

	public static AssessmentSession get() {
		return INSTANCE;
	}

	/** Opens a folder: links it into the workspace, loads model and rules, and shows its problems as markers. */
	public void open(Path folder) {
		try {
			Path absolute = folder.toAbsolutePath().normalize();
			IProject linked = AssessmentProject.link(absolute);
			AssessmentFolder loaded = AssessmentFolder.open(absolute);
			if (editingDomain != null) {
				ModelEditingDomain.dispose(editingDomain);
			}
			// the Project Explorer and the Problems view show the open folder only; the files stay on disk
			AssessmentProject.unlinkAllBut(linked);
			current = loaded;
			project = linked;
			editingDomain = ModelEditingDomain.create(loaded.resourceSet());
			recheck();
			listeners.forEach(listener -> listener.accept(current));
		} catch (IOException | CoreException | RuntimeException e) {
			Activatorless.log(Status.error("Could not open the assessment folder " + folder + ": " + e.getMessage(), e));
		}
	}

	/** Checks the open folder again and replaces its markers, so the Problems view shows the model as it is now. */
	public void recheck() throws CoreException {
		if (current != null) {
			lastCheck = current.check(Locale.getDefault(), WorkbenchNextSteps.INSTANCE);
			ProblemMarkers.replace(project, current.root(), lastCheck.problems());
			checkListeners.forEach(Runnable::run);
		}
	}

	/** What the last check of the open folder found (on opening and after each save): the Problems view's content. */
	public CheckResult lastCheck() {
		return lastCheck;
	}

	/**
	 * Calls back after every check of the open folder, so after every save: views that show the saved state (the
	 * dirty marker, the overview's problem counts and approval state) follow it whichever view saved.
	 */
	public void addCheckListener(Runnable listener) {
		checkListeners.add(listener);
	}

	public void removeCheckListener(Runnable listener) {
		checkListeners.remove(listener);
	}

	/**
	 * Writes every model file of the open folder (each atomically: a temporary file moved into place), marks the
	 * editing domain saved and checks the folder again.
	 */
	public void save() throws IOException, CoreException {
		if (current == null) {
			return;
		}
		for (Assessment assessment : current.assessments()) {
			Resource resource = assessment.eResource();
			AssessmentFiles.save(resource, current.fileOf(resource));
		}
		ModelEditingDomain.saved(editingDomain);
		recheck();
	}

	/** The open folder, or {@code null} before one is opened. */
	public AssessmentFolder current() {
		return current;
	}

	/** The editing domain over the open folder's models, or {@code null} before one is opened. */
	public AdapterFactoryEditingDomain editingDomain() {
		return editingDomain;
	}

	public void addListener(Consumer<AssessmentFolder> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<AssessmentFolder> listener) {
		listeners.remove(listener);
	}

}
