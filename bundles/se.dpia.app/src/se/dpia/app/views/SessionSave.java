package se.dpia.app.views;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.dpia.app.Activatorless;
import se.dpia.app.Messages;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.model.editor.ModelEditingDomain;

/**
 * Saving the open assessment from any view that edits it (File ▸ Save, Ctrl+S): the session writes the files; a
 * failure is logged and told to the user with what to do.
 */
public final class SessionSave {

	private SessionSave() {
	}

	/** Whether the session's model holds changes not yet saved. */
	public static boolean isDirty() {
		var domain = AssessmentSession.get().editingDomain();
		return domain != null && ModelEditingDomain.isDirty(domain);
	}

	public static void save(Shell shell) {
		try {
			AssessmentSession.get().save();
		} catch (IOException | CoreException e) {
			String message = NLS.bind(Messages.saveFailed, AssessmentSession.get().current().root(), e.getMessage());
			Activatorless.log(Status.error(message, e));
			MessageDialog.openError(shell, Messages.saveFailedTitle, message);
		}
	}
}
