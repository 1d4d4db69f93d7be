package se.dpia.model.editor.actions;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchCommandConstants;

import se.dpia.model.editor.Messages;

/** Redoes the last undone command. */
public class RedoAction extends CommandStackAction {

	public RedoAction(EditingDomain domain) {
		super(domain, Messages.redo, Messages.redoCommand, IWorkbenchCommandConstants.EDIT_REDO);
	}

	@Override
	protected Command command(CommandStack stack) {
		return stack.canRedo() ? stack.getRedoCommand() : null;
	}

	@Override
	public void run() {
		domain.getCommandStack().redo();
	}
}
