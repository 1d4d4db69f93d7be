package se.dpia.app.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import se.dpia.app.Activatorless;
import se.dpia.app.Messages;
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
			show(load(folder, new NullProgressMonitor()));
		} catch (IOException | CoreException | RuntimeException e) {
			logOpenFailure(folder, e);
		}
	}

	/**
	 * Opens a folder as {@link #open} does, the slow part (the rule language's injector, parsing, the first check) in
	 * a job with progress, so the window is drawn and answers input meanwhile; then shows it on the UI thread and
	 * runs {@code afterwards} there, whether the folder opened or not.
	 */
	public Job openInBackground(Path folder, Display display, Runnable afterwards) {
		return startOpening(folder).showWhenLoaded(display, afterwards);
	}

	/**
	 * Starts loading and checking a folder in a job at once, before there is a workbench to show it in: the
	 * workbench's own start-up then runs beside it, on the other core. {@link Opening#showWhenLoaded} shows it.
	 */
	public Opening startOpening(Path folder) {
		CompletableFuture<Opened> loaded = new CompletableFuture<>();
		Job loading = Job.create(NLS.bind(Messages.openingAssessment, folder.getFileName()), monitor -> {
			try {
				loaded.complete(load(folder, monitor));
			} catch (IOException | CoreException | RuntimeException e) {
				logOpenFailure(folder, e);
				loaded.complete(null);
			}
			return Status.OK_STATUS;
		});
		loading.setSystem(true);
		loading.setPriority(Job.INTERACTIVE);
		loading.schedule();
		return new Opening(folder, loaded);
	}

	/** A folder being loaded and checked by {@link AssessmentSession#startOpening}. */
	public final class Opening {

		private final Path folder;
		private final CompletableFuture<Opened> loaded;

		private Opening(Path folder, CompletableFuture<Opened> loaded) {
			this.folder = folder;
			this.loaded = loaded;
		}

		/**
		 * Shows the folder on the UI thread once it is loaded, then runs {@code afterwards} there (also when it could
		 * not be opened). Returns the job the status line shows meanwhile.
		 */
		public Job showWhenLoaded(Display display, Runnable afterwards) {
			Job waiting = Job.create(NLS.bind(Messages.openingAssessment, folder.getFileName()), monitor -> {
				monitor.beginTask(NLS.bind(Messages.openingAssessment, folder.getFileName()), IProgressMonitor.UNKNOWN);
				Opened opened = loaded.join();
				display.asyncExec(() -> {
					try {
						if (opened != null) {
							show(opened);
						}
					} catch (CoreException | RuntimeException e) {
						logOpenFailure(folder, e);
					} finally {
						afterwards.run();
					}
				});
				monitor.done();
				return Status.OK_STATUS;
			});
			waiting.setPriority(Job.INTERACTIVE);
			waiting.schedule();
			return waiting;
		}
	}

	/** A folder loaded and checked, not yet shown. */
	private record Opened(IProject project, AssessmentFolder folder, CheckResult check) {
	}

	/** Links the folder into the workspace, loads model and rules and checks them: no UI, any thread. */
	private static Opened load(Path folder, IProgressMonitor monitor) throws IOException, CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		Path absolute = folder.toAbsolutePath().normalize();
		IProject linked = AssessmentProject.link(absolute);
		progress.worked(1);
		AssessmentFolder loaded = AssessmentFolder.open(absolute);
		progress.worked(1);
		CheckResult check = loaded.check(Locale.getDefault(), WorkbenchNextSteps.INSTANCE);
		progress.done();
		return new Opened(linked, loaded, check);
	}

	/** Makes a loaded folder the open one: its markers, its editing domain, the views told. */
	private void show(Opened opened) throws CoreException {
		if (editingDomain != null) {
			ModelEditingDomain.dispose(editingDomain);
		}
		// the Project Explorer and the Problems view show the open folder only; the files stay on disk
		AssessmentProject.unlinkAllBut(opened.project());
		current = opened.folder();
		project = opened.project();
		editingDomain = ModelEditingDomain.create(current.resourceSet());
		checked(opened.check());
		listeners.forEach(listener -> listener.accept(current));
	}

	private static void logOpenFailure(Path folder, Exception e) {
		Activatorless.log(Status.error("Could not open the assessment folder " + folder + ": " + e.getMessage(), e));
	}

	/** Checks the open folder again and replaces its markers, so the Problems view shows the model as it is now. */
	public void recheck() throws CoreException {
		if (current != null) {
			checked(current.check(Locale.getDefault(), WorkbenchNextSteps.INSTANCE));
		}
	}

	private void checked(CheckResult check) throws CoreException {
		lastCheck = check;
		ProblemMarkers.replace(project, current.root(), lastCheck.problems());
		checkListeners.forEach(Runnable::run);
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
