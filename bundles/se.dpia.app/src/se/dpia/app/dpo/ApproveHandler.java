package se.dpia.app.dpo;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import se.dpia.app.Activatorless;
import se.dpia.app.Messages;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.model.Review;

/** Dataskyddsombud ▸ Godkänn…: refuses with the reason while there are errors, else asks who, when and the opinion. */
public class ApproveHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		String refusal = DpoApproval.refusal();
		if (refusal != null) {
			MessageDialog.openError(shell, Messages.approveTitle, refusal);
			return null;
		}
		Review review = AssessmentSession.get().current().assessment().getReview();
		ApproveDialog dialog = new ApproveDialog(shell, review == null ? null : review.getSignedBy(),
				review == null ? null : review.getDpoOpinion());
		if (dialog.open() != Window.OK) {
			return null;
		}
		try {
			String refused = DpoApproval.approve(dialog.by(), dialog.date(), dialog.opinion());
			if (refused != null) {
				MessageDialog.openError(shell, Messages.approveTitle, refused);
			} else {
				show(event);
			}
		} catch (IOException | CoreException e) {
			String message = NLS.bind(Messages.approveFailed, e.getMessage());
			Activatorless.log(Status.error(message, e));
			MessageDialog.openError(shell, Messages.approveTitle, message);
		}
		return null;
	}

	/** After approving, the changes since the approval: none yet, which the DPO sees at once. */
	private static void show(ExecutionEvent event) throws ExecutionException {
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(ChangesView.ID);
		} catch (PartInitException e) {
			Activatorless.log(e.getStatus());
		}
	}
}
