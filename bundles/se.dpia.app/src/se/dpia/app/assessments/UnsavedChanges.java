package se.dpia.app.assessments;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.dpia.app.Messages;
import se.dpia.app.views.SessionSave;
import se.dpia.app.workspace.AssessmentSession;

/** Before another folder replaces the open one: asks to save its unsaved changes, so none are lost unasked. */
public final class UnsavedChanges {

	private UnsavedChanges() {
	}

	/**
	 * Asks Save / Don't save / Cancel when the open model has unsaved changes, and saves if told to.
	 *
	 * @return whether the open folder may be replaced: nothing unsaved, saved, or the user chose not to save
	 */
	public static boolean settleBeforeClosing(Shell shell) {
		if (!SessionSave.isDirty()) {
			return true;
		}
		MessageDialog ask = new MessageDialog(shell, Messages.unsavedTitle, null,
				NLS.bind(Messages.unsavedQuestion, AssessmentSession.get().current().root()), MessageDialog.QUESTION, 0,
				Messages.unsavedSave, Messages.unsavedDiscard, IDialogConstants.CANCEL_LABEL);
		switch (ask.open()) {
		case 0:
			SessionSave.save(shell);
			return !SessionSave.isDirty(); // a failed save said why and keeps the folder open
		case 1:
			return true;
		default:
			return false;
		}
	}
}
