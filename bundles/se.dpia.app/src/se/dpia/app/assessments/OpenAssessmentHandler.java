package se.dpia.app.assessments;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import se.dpia.app.Messages;
import se.dpia.app.views.overview.OverviewView;
import se.dpia.app.workspace.AssessmentSession;

/** File ▸ Open assessment folder…: chooses a folder, settles unsaved changes of the open one, and opens it. */
public class OpenAssessmentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		DirectoryDialog dialog = new DirectoryDialog(shell, SWT.OPEN);
		dialog.setText(Messages.openTitle);
		dialog.setMessage(Messages.openMessage);
		var current = AssessmentSession.get().current();
		if (current != null) {
			dialog.setFilterPath(current.root().getParent().toString());
		}
		String chosen = dialog.open();
		if (chosen != null && UnsavedChanges.settleBeforeClosing(shell)) {
			AssessmentSession.get().open(Path.of(chosen));
			OverviewView.showFirst();
		}
		return null;
	}
}
