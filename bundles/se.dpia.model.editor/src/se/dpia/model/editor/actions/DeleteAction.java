package se.dpia.model.editor.actions;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.ui.IWorkbenchCommandConstants;

import se.dpia.model.editor.Messages;

/** Deletes the selected elements and every reference to them, as one undoable {@link DeleteCommand}. */
public class DeleteAction extends Action implements ISelectionChangedListener {

	private final EditingDomain domain;
	private List<?> selected = List.of();

	public DeleteAction(EditingDomain domain) {
		super(Messages.delete);
		this.domain = domain;
		setActionDefinitionId(IWorkbenchCommandConstants.EDIT_DELETE);
		setEnabled(false);
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		select(event.getSelection());
	}

	public void select(ISelection selection) {
		selected = selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
		setEnabled(!selected.isEmpty() && command().canExecute());
	}

	@Override
	public void run() {
		Command command = command();
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private Command command() {
		return DeleteCommand.create(domain, selected);
	}
}
