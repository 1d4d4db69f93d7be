package se.dpia.app.views.preview;

import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorLauncher;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Opens a PDF chosen in the Project Explorer in the preview view rather than in an outside program. */
public class PreviewLauncher implements IEditorLauncher {

	@Override
	public void open(IPath file) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null) {
			PreviewView.open(window.getActivePage(), file.toPath());
		}
	}
}
