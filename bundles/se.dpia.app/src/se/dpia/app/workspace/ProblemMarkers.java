package se.dpia.app.workspace;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;

import se.dpia.model.validation.Problem;

/** Shows the checker's problems as markers, so they appear in the Problems view. */
public final class ProblemMarkers {

	/** The marker type, a problem and text marker declared in plugin.xml. */
	public static final String TYPE = "se.dpia.app.problem";
	/** The marker attribute that holds the problem's issue code. */
	public static final String CODE = "code";

	private ProblemMarkers() {
	}

	/** Replaces the project's DPIA markers with markers for the given problems. */
	public static void replace(IProject project, Path folder, List<Problem> problems) throws CoreException {
		ResourcesPlugin.getWorkspace().run(monitor -> {
			project.deleteMarkers(TYPE, true, IResource.DEPTH_INFINITE);
			for (Problem problem : problems) {
				create(project, folder, problem);
			}
		}, new NullProgressMonitor());
	}

	private static void create(IProject project, Path folder, Problem problem) throws CoreException {
		Path absolute = problem.file().toAbsolutePath().normalize();
		IResource resource = absolute.startsWith(folder) ? project.getFile(folder.relativize(absolute).toString()) : project;
		if (!resource.exists()) {
			resource = project;
		}
		IMarker marker = resource.createMarker(TYPE);
		marker.setAttribute(IMarker.MESSAGE, problem.message() + " [" + problem.code() + "]");
		marker.setAttribute(IMarker.SEVERITY, problem.isError() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
		marker.setAttribute(CODE, problem.code());
		if (problem.line() > 0) {
			marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
		}
		// a model problem has a line too now, but its element's path says more in the Problems view
		if (!problem.elementPath().isEmpty()) {
			marker.setAttribute(IMarker.LOCATION, problem.elementPath());
		} else if (problem.line() > 0) {
			marker.setAttribute(IMarker.LOCATION, "line " + problem.line());
		}
	}
}
