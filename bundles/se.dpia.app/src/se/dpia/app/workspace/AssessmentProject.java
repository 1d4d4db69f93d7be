package se.dpia.app.workspace;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The workspace project that stands for an assessment folder on disk. Markers (and so the Problems view) need
 * workspace resources; the folder stays where it is and is linked as the project's location.
 */
public final class AssessmentProject {

	private AssessmentProject() {
	}

	/** Links the folder as a project, reusing the project if it already points there; returns it open. */
	public static IProject link(Path folder) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(nameFor(folder));
		IPath location = IPath.fromFile(folder.toFile());
		NullProgressMonitor monitor = new NullProgressMonitor();
		// a project left from another folder, or whose folder was replaced (re-cloned, restored) without its .project
		boolean stale = project.exists() && (!location.equals(project.getLocation())
				|| !folder.resolve(IProjectDescription.DESCRIPTION_FILE_NAME).toFile().isFile());
		if (stale) {
			project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, monitor);
		}
		if (!project.exists()) {
			IProjectDescription description = workspace.newProjectDescription(project.getName());
			description.setLocation(location);
			project.create(description, monitor);
		}
		project.open(monitor);
		project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
		return project;
	}

	/** Removes every other project from the workspace, leaving its folder and files on disk (with its markers). */
	public static void unlinkAllBut(IProject keep) throws CoreException {
		for (IProject other : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!other.equals(keep)) {
				other.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
			}
		}
	}

	private static String nameFor(Path folder) {
		Path name = folder.getFileName();
		return name == null ? "assessment" : name.toString();
	}
}
