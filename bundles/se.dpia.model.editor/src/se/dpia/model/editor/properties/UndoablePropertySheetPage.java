package se.dpia.model.editor.properties;

import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetPage;

/** A property sheet page whose Undo and Redo (Ctrl+Z, Ctrl+Y) work while the Properties view has the focus. */
public class UndoablePropertySheetPage extends PropertySheetPage {

	private IActionBars actionBars;
	private IAction undo;
	private IAction redo;

	public UndoablePropertySheetPage(IPropertySourceProvider provider) {
		setPropertySourceProvider(provider);
	}

	/** The Undo and Redo actions of the editing domain the page now edits through. */
	public void useActions(IAction newUndo, IAction newRedo) {
		this.undo = newUndo;
		this.redo = newRedo;
		install();
	}

	@Override
	public void setActionBars(IActionBars bars) {
		super.setActionBars(bars);
		this.actionBars = bars;
		install();
	}

	private void install() {
		if (actionBars != null && undo != null) {
			actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
			actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
			actionBars.updateActionBars();
		}
	}
}
