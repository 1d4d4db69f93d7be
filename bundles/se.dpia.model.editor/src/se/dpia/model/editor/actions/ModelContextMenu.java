package se.dpia.model.editor.actions;

import java.util.Collection;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuListener;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchActionConstants;

import se.dpia.model.editor.Messages;

/**
 * Fills a model tree's context menu each time it opens: "New child" with what the selected element may contain,
 * then Undo, Redo and Delete.
 */
public class ModelContextMenu implements IMenuListener {

	private final EditingDomain domain;
	private final ISelectionProvider selectionProvider;
	private final IAction undo;
	private final IAction redo;
	private final IAction delete;

	public ModelContextMenu(EditingDomain domain, ISelectionProvider selectionProvider, IAction undo, IAction redo,
			IAction delete) {
		this.domain = domain;
		this.selectionProvider = selectionProvider;
		this.undo = undo;
		this.redo = redo;
		this.delete = delete;
	}

	@Override
	public void menuAboutToShow(IMenuManager menu) {
		if (selectionProvider.getSelection() instanceof IStructuredSelection selection && selection.size() == 1) {
			Object owner = selection.getFirstElement();
			Collection<?> children = domain.getNewChildDescriptors(owner, null);
			if (!children.isEmpty()) {
				MenuManager newChild = new MenuManager(Messages.newChild);
				for (Object descriptor : children) {
					newChild.add(new CreateChildAction(domain, owner, descriptor));
				}
				menu.add(newChild);
				menu.add(new Separator());
			}
		}
		menu.add(undo);
		menu.add(redo);
		menu.add(new Separator());
		menu.add(delete);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
