package se.dpia.rules.ui;

import java.net.URI;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The edited file's problems as markers, so the Problems view shows what the editor shows while the user types.
 * The marker type is this bundle's own and not persistent: the markers describe the open editor's text and are
 * removed when it closes. Files outside the workspace have no markers (only annotations).
 */
final class RulesProblemMarkers {

	/** The marker type declared in plugin.xml: a problem and text marker. */
	static final String TYPE = "se.dpia.rules.ui.problem";
	/** The marker attribute that holds the problem's issue code. */
	static final String CODE = "code";

	private final IFile file;

	RulesProblemMarkers(IEditorInput input) {
		this.file = fileOf(input);
	}

	/** The workspace file the editor shows, or {@code null} when it shows a file outside the workspace. */
	IFile file() {
		return file;
	}

	/** Replaces the file's markers with one per error or warning. */
	void replace(List<Issue> issues) {
		if (file == null || !file.exists()) {
			return;
		}
		run(() -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				if (issue.getSeverity() == Severity.ERROR || issue.getSeverity() == Severity.WARNING) {
					create(issue);
				}
			}
		});
	}

	/** Removes the file's markers, when the editor closes. */
	void clear() {
		if (file != null && file.exists()) {
			run(() -> file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO));
		}
	}

	private void create(Issue issue) throws CoreException {
		IMarker marker = file.createMarker(TYPE);
		marker.setAttribute(IMarker.MESSAGE, issue.getMessage() + " [" + issue.getCode() + "]");
		marker.setAttribute(IMarker.SEVERITY,
				issue.getSeverity() == Severity.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
		marker.setAttribute(CODE, issue.getCode());
		if (issue.getLineNumber() != null) {
			marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
			marker.setAttribute(IMarker.LOCATION, "line " + issue.getLineNumber());
		}
		if (issue.getOffset() != null) {
			int length = issue.getLength() == null ? 1 : Math.max(1, issue.getLength());
			marker.setAttribute(IMarker.CHAR_START, issue.getOffset().intValue());
			marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + length);
		}
	}

	private void run(MarkerChange change) {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.run(monitor -> change.apply(), file, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			ILog.of(getClass()).error("Could not update the problem markers of " + file.getFullPath()
					+ "; the editor's annotations still show the problems", e);
		}
	}

	private static IFile fileOf(IEditorInput input) {
		IFile adapted = input.getAdapter(IFile.class);
		if (adapted != null) {
			return adapted;
		}
		if (input instanceof IURIEditorInput uriInput && uriInput.getURI() != null) {
			URI uri = uriInput.getURI();
			for (IFile found : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(uri)) {
				if (found.exists()) {
					return found;
				}
			}
		}
		return null;
	}

	@FunctionalInterface
	private interface MarkerChange {
		void apply() throws CoreException;
	}
}
