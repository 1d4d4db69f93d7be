package se.dpia.app.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.Messages;
import se.dpia.app.views.SessionSave;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.model.DpiaPackage;
import se.dpia.tests.ui.TestFolders;
import se.dpia.tests.ui.Widgets;

/** Opening another folder over unsaved changes asks Save / Don't save / Cancel and does what the user chose. */
class UnsavedChangesTest {

	@Test
	void cancelKeepsTheFolderDontSaveLeavesTheFileSaveWritesIt(@TempDir Path copy) throws Exception {
		TestFolders.copyExample("ange-trygghetskamera", copy);
		AssessmentSession session = AssessmentSession.get();
		session.open(copy);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		assertTrue(UnsavedChanges.settleBeforeClosing(shell), "nothing unsaved: nothing to ask");
		String saved = Files.readString(copy.resolve("assessment.dpia"));
		var domain = session.editingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, session.current().assessment(),
				DpiaPackage.Literals.ASSESSMENT__ORGANISATION, "Ånge kommun, omsorgsnämnden"));
		assertTrue(SessionSave.isDirty());

		answer(org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
		assertFalse(UnsavedChanges.settleBeforeClosing(shell), "Cancel: the open folder stays");
		assertTrue(SessionSave.isDirty());

		answer(Messages.unsavedDiscard);
		assertTrue(UnsavedChanges.settleBeforeClosing(shell), "Don't save: another folder may open");
		assertEquals(saved, Files.readString(copy.resolve("assessment.dpia")), "and the file is as it was");

		answer(Messages.unsavedSave);
		assertTrue(UnsavedChanges.settleBeforeClosing(shell), "Save: another folder may open");
		assertFalse(SessionSave.isDirty());
		assertTrue(Files.readString(copy.resolve("assessment.dpia")).contains("omsorgsnämnden"), "the change is saved");
	}

	/** Presses the button with the label in the question dialog as soon as it is open. */
	private static void answer(String label) {
		Display display = Display.getCurrent();
		display.asyncExec(new Runnable() {
			private int tries;

			@Override
			public void run() {
				Shell dialog = display.getActiveShell();
				List<Button> buttons = dialog == null ? List.of()
						: Widgets.find(dialog, Button.class, button -> label.equals(button.getText()));
				if (buttons.isEmpty() && ++tries > 10_000 && dialog != null) {
					dialog.close(); // no such button: end the dialog so the test fails instead of hanging
				} else if (buttons.isEmpty()) {
					display.asyncExec(this); // the dialog is not open yet
				} else {
					buttons.get(0).notifyListeners(SWT.Selection, new Event());
				}
			}
		});
	}
}
