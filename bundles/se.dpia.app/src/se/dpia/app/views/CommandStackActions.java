package se.dpia.app.views;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

import se.dpia.app.workspace.AssessmentSession;
import se.dpia.model.editor.actions.RedoAction;
import se.dpia.model.editor.actions.UndoAction;

/**
 * Undo and Redo over the session's editing domain as a view's global Edit actions, so Ctrl+Z takes back an edit made
 * in a domain view as it does in the model tree. Follows the session to the domain of the folder opened last.
 */
public final class CommandStackActions {

	private final IActionBars bars;
	private EditingDomain domain;
	private UndoAction undo;
	private RedoAction redo;

	public CommandStackActions(IActionBars bars) {
		this.bars = bars;
	}

	/** Installs actions over the session's current domain, if it is another one than before. */
	public void update() {
		EditingDomain current = AssessmentSession.get().editingDomain();
		if (current == domain) {
			return;
		}
		dispose();
		domain = current;
		if (domain != null) {
			undo = new UndoAction(domain);
			redo = new RedoAction(domain);
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
			bars.updateActionBars();
		}
	}

	public void dispose() {
		if (undo != null) {
			undo.dispose();
			redo.dispose();
			undo = null;
			redo = null;
		}
		domain = null;
	}
}
