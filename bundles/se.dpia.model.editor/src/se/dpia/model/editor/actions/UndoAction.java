package se.dpia.model.editor.actions;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchCommandConstants;

import se.dpia.model.editor.Messages;

/** Undoes the last command: "Undo Set", "Ångra Set". */
public class UndoAction extends CommandStackAction {

	public UndoAction(EditingDomain domain) {
		super(domain, Messages.undo, Messages.undoCommand, IWorkbenchCommandConstants.EDIT_UNDO);
	}

	@Override
	protected Command command(CommandStack stack) {
		return stack.canUndo() ? stack.getUndoCommand() : null;
	}

	@Override
	public void run() {
		domain.getCommandStack().undo();
	}
}
