package se.dpia.app.views;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

import se.dpia.model.editor.actions.DeleteAction;
import se.dpia.model.editor.actions.RedoAction;
import se.dpia.model.editor.actions.UndoAction;

/**
 * Undo, Redo and Delete over one editing domain, installed as the workbench's global Edit actions (Edit menu,
 * Ctrl+Z, Ctrl+Y, Delete) while their part is active.
 */
final class ModelEditActions {

	private final UndoAction undo;
	private final RedoAction redo;
	private final DeleteAction delete;
	private final ISelectionProvider selectionProvider;

	ModelEditActions(EditingDomain domain, ISelectionProvider selectionProvider) {
		this.undo = new UndoAction(domain);
		this.redo = new RedoAction(domain);
		this.delete = new DeleteAction(domain);
		this.selectionProvider = selectionProvider;
		selectionProvider.addSelectionChangedListener(delete);
		delete.select(selectionProvider.getSelection());
	}

	void install(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.updateActionBars();
	}

	IAction undo() {
		return undo;
	}

	IAction redo() {
		return redo;
	}

	IAction delete() {
		return delete;
	}

	void dispose() {
		undo.dispose();
		redo.dispose();
		selectionProvider.removeSelectionChangedListener(delete);
	}
}
