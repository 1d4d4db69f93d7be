package se.dpia.model.editor.actions;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;

/** An action on an editing domain's command stack whose label names the command it would undo or redo. */
abstract class CommandStackAction extends Action implements CommandStackListener {

	protected final EditingDomain domain;
	private final String plainLabel;
	private final String commandLabel;

	CommandStackAction(EditingDomain domain, String plainLabel, String commandLabel, String definitionId) {
		this.domain = domain;
		this.plainLabel = plainLabel;
		this.commandLabel = commandLabel;
		setActionDefinitionId(definitionId);
		domain.getCommandStack().addCommandStackListener(this);
		update();
	}

	/** The command this action would act on, or {@code null}. */
	protected abstract Command command(CommandStack stack);

	@Override
	public void commandStackChanged(EventObject event) {
		update();
	}

	public final void update() {
		Command command = command(domain.getCommandStack());
		setEnabled(command != null);
		String name = command == null ? null : command.getLabel();
		setText(name == null || name.isBlank() ? plainLabel : NLS.bind(commandLabel, name));
		setDescription(command == null ? null : command.getDescription());
	}

	/** Stops following the command stack. */
	public void dispose() {
		domain.getCommandStack().removeCommandStackListener(this);
	}
}
