package se.dpia.app.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;

import se.dpia.app.Activatorless;
import se.dpia.rules.RulesStandaloneSetup;
import se.dpia.rules.check.AssessmentChecker;
import se.dpia.rules.check.AssessmentFolder;

/** The assessment folder open in the workbench, and who wants to know when it changes. */
public final class AssessmentSession {

	private static final AssessmentSession INSTANCE = new AssessmentSession();

	private final List<Consumer<AssessmentFolder>> listeners = new CopyOnWriteArrayList<>();
	private AssessmentFolder current;

	private AssessmentSession() {
	}

	public static AssessmentSession get() {
		return INSTANCE;
	}

	/** Opens a folder: links it into the workspace, loads model and rules, and shows its problems as markers. */
	public void open(Path folder) {
		try {
			Path absolute = folder.toAbsolutePath().normalize();
			IProject project = AssessmentProject.link(absolute);
			current = AssessmentFolder.load(RulesStandaloneSetup.doSetup(), absolute);
			ProblemMarkers.replace(project, absolute, AssessmentChecker.check(current));
			listeners.forEach(listener -> listener.accept(current));
		} catch (IOException | CoreException | RuntimeException e) {
			Activatorless.log(Status.error("Could not open the assessment folder " + folder + ": " + e.getMessage(), e));
		}
	}

	/** The open folder, or {@code null} before one is opened. */
	public AssessmentFolder current() {
		return current;
	}

	public void addListener(Consumer<AssessmentFolder> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<AssessmentFolder> listener) {
		listeners.remove(listener);
	}

}
