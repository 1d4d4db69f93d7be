package se.dpia.app.documents;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import se.dpia.app.Activatorless;
import se.dpia.app.Messages;
import se.dpia.app.views.SessionSave;
import se.dpia.app.workspace.AssessmentSession;

/**
 * Documents ▸ Generate documents (Ctrl+G): saves first if the model has unsaved changes (the documents are made from
 * the saved files, like the command line's), then runs {@link GenerateDocumentsJob} and shows the files it wrote.
 * Returns the scheduled job, or {@code null} when nothing was started.
 */
public class GenerateDocumentsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		AssessmentSession session = AssessmentSession.get();
		if (session.current() == null) {
			MessageDialog.openInformation(shell, Messages.generateTitle, Messages.generateNothingOpen);
			return null;
		}
		if (SessionSave.isDirty()) {
			MessageDialog ask = new MessageDialog(shell, Messages.generateTitle, null, Messages.generateSaveFirst,
					MessageDialog.QUESTION, 0, Messages.generateSaveAndGenerate, IDialogConstants.CANCEL_LABEL);
			if (ask.open() != 0) {
				return null;
			}
			SessionSave.save(shell);
			if (SessionSave.isDirty()) {
				return null; // saving failed and said why
			}
		}
		GenerateDocumentsJob job = new GenerateDocumentsJob(session.current().root(), ProductFolders.templates(),
				WorkbenchLanguage.current());
		Display display = shell.getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent done) {
				if (done.getResult().getSeverity() == IStatus.OK) {
					display.asyncExec(() -> show(window, job));
				}
			}
		});
		job.schedule();
		return job;
	}

	private static void show(IWorkbenchWindow window, GenerateDocumentsJob job) {
		try {
			if (window.getActivePage() != null) {
				window.getActivePage().showView(DocumentsView.ID);
			}
		} catch (PartInitException e) {
			Activatorless.log(e.getStatus());
		}
		GeneratedDocuments.written(job.out(), job.written());
	}
}
