package se.dpia.model.editor.actions;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;

import se.dpia.model.editor.viewers.ItemImages;

/** Adds one new child to an element, as the item provider describes it (e.g. a risk to the assessment). */
public class CreateChildAction extends Action {

	private final EditingDomain domain;
	private final Command command;

	public CreateChildAction(EditingDomain domain, Object owner, Object childDescriptor) {
		this.domain = domain;
		this.command = CreateChildCommand.create(domain, owner, childDescriptor, List.of(owner));
		if (command instanceof CommandActionDelegate delegate) {
			setText(delegate.getText());
			setToolTipText(delegate.getToolTipText());
			setImageDescriptor(ItemImages.descriptorOf(delegate.getImage()));
		} else {
			setText(command.getLabel());
		}
		setEnabled(command.canExecute());
	}

	@Override
	public void run() {
		domain.getCommandStack().execute(command);
	}
}
