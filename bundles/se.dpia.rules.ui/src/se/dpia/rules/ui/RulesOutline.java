package se.dpia.rules.ui;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view's page for a rule file: its consent rules, routines with their roles and steps, and checklists
 * with their points. Selecting a row selects that element's name in the editor. Refreshed after each check.
 */
class RulesOutline extends ContentOutlinePage {

	private final RulesEditor editor;
	private List<RulesOutlineNode> rows = List.of();

	RulesOutline(RulesEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new Rows());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((RulesOutlineNode) element).label();
			}
		});
		viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		viewer.setInput(rows);
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof RulesOutlineNode node) {
				editor.selectAndReveal(node.offset(), node.length());
			}
		});
	}

	/** Shows the rows of the file as last checked; call on the UI thread. */
	void show(List<RulesOutlineNode> newRows) {
		if (newRows.equals(rows)) {
			return;
		}
		rows = newRows;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(rows);
		}
	}

	/** The rows and their children. */
	private static final class Rows implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((RulesOutlineNode) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((RulesOutlineNode) element).children().isEmpty();
		}
	}
}
