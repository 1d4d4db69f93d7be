package se.dpia.app.views;

import java.util.Collection;
import java.util.EventObject;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;

import se.dpia.app.Activatorless;
import se.dpia.app.Messages;
import se.dpia.app.views.flows.FlowDiagramView;
import se.dpia.app.views.heatmap.HeatMapView;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.assessment.AssessmentFolder;
import se.dpia.model.editor.ModelEditingDomain;
import se.dpia.model.editor.actions.ModelContextMenu;
import se.dpia.model.editor.properties.ItemPropertySourceProvider;
import se.dpia.model.editor.properties.UndoablePropertySheetPage;

/**
 * The open assessment's model as a tree, edited through the session's editing domain: the Properties view edits
 * the selection, the context menu adds and deletes children, Undo and Redo follow the command stack, and the view is
 * dirty until saved.
 */
public class ModelTreeView extends ViewPart implements ISaveablePart {

	public static final String ID = "se.dpia.app.modelTree";

	private final Consumer<AssessmentFolder> onOpen = folder -> getSite().getShell().getDisplay().asyncExec(this::connect);
	private final CommandStackListener onCommand = this::commandStackChanged;
	/** A save from any view (the register's File > Save too) takes the dirty marker away here as well. */
	private final Runnable onChecked = this::checked;
	private final ISelectionListener drawnSelection = this::drawnSelected;
	private TreeViewer viewer;
	private AdapterFactoryEditingDomain domain;
	private ModelEditActions actions;
	private UndoablePropertySheetPage propertySheetPage;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		getSite().setSelectionProvider(viewer);
		// a click on a heat map cell shows its risks here too
		getSite().getPage().addSelectionListener(HeatMapView.ID, drawnSelection);
		// and a click on a system, location or flow in the diagram selects it here
		getSite().getPage().addSelectionListener(FlowDiagramView.ID, drawnSelection);
		AssessmentSession.get().addListener(onOpen);
		AssessmentSession.get().addCheckListener(onChecked);
		connect();
	}

	/** Shows the session's current assessment through its editing domain. */
	private void connect() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		disconnect();
		domain = AssessmentSession.get().editingDomain();
		AssessmentFolder folder = AssessmentSession.get().current();
		if (domain == null || folder == null) {
			if (viewer.getContentProvider() != null) {
				viewer.setInput(new Object[0]);
			}
			return;
		}
		viewer.setContentProvider(new GroupedContentProvider(domain.getAdapterFactory()));
		viewer.setLabelProvider(new GroupedLabelProvider(domain.getAdapterFactory()));
		viewer.setInput(folder.assessments().toArray());
		viewer.expandToLevel(2);
		actions = new ModelEditActions(domain, viewer);
		actions.install(getViewSite().getActionBars());
		createContextMenu();
		domain.getCommandStack().addCommandStackListener(onCommand);
		if (propertySheetPage != null) {
			propertySheetPage.useActions(actions.undo(), actions.redo());
		}
		firePropertyChange(PROP_DIRTY);
	}

	private void checked() {
		getSite().getShell().getDisplay().asyncExec(() -> {
			if (viewer != null && !viewer.getControl().isDisposed()) {
				firePropertyChange(PROP_DIRTY);
			}
		});
	}

	private void disconnect() {
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(onCommand);
			domain = null;
		}
		if (actions != null) {
			actions.dispose();
			actions = null;
		}
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(new ModelContextMenu(domain, viewer, actions.undo(), actions.redo(), actions.delete()));
		if (viewer.getControl().getMenu() != null) {
			viewer.getControl().getMenu().dispose();
		}
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private void drawnSelected(IWorkbenchPart part, ISelection selection) {
		if (!selection.isEmpty()) {
			viewer.setSelection(selection, true);
		}
	}

	private void commandStackChanged(EventObject event) {
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (viewer.getControl().isDisposed()) {
				return;
			}
			firePropertyChange(PROP_DIRTY);
			// the kinds' folders count their elements
			viewer.refresh(true);
			Command command = domain == null ? null : domain.getCommandStack().getMostRecentCommand();
			Collection<?> affected = command == null ? null : command.getAffectedObjects();
			if (affected != null && !affected.isEmpty() && !affected.equals(viewer.getStructuredSelection().toList())) {
				viewer.setSelection(new StructuredSelection(affected.toArray()), true);
			}
			if (propertySheetPage != null && propertySheetPage.getControl() != null
					&& !propertySheetPage.getControl().isDisposed()) {
				propertySheetPage.refresh();
			}
		});
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(propertySheetPage());
		}
		return super.getAdapter(adapter);
	}

	/** The Properties view's page for this view; it follows the editing domain as folders are opened. */
	private UndoablePropertySheetPage propertySheetPage() {
		// a closed Properties view disposes its page; a reopened one needs a new one
		if (propertySheetPage == null || propertySheetPage.getControl() != null && propertySheetPage.getControl().isDisposed()) {
			propertySheetPage = new UndoablePropertySheetPage(this::propertySource);
			if (actions != null) {
				propertySheetPage.useActions(actions.undo(), actions.redo());
			}
		}
		return propertySheetPage;
	}

	private IPropertySource propertySource(Object object) {
		return domain == null ? null : new ItemPropertySourceProvider(domain.getAdapterFactory()).getPropertySource(object);
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public boolean isDirty() {
		return domain != null && ModelEditingDomain.isDirty(domain);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			AssessmentSession.get().save();
			firePropertyChange(PROP_DIRTY);
		} catch (java.io.IOException | CoreException e) {
			String message = NLS.bind(Messages.saveFailed, AssessmentSession.get().current().root(), e.getMessage());
			Activatorless.log(Status.error(message, e));
			MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, message);
		}
	}

	@Override
	public void doSaveAs() {
		// one folder, one set of files: Save As has no meaning here
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isSaveOnCloseNeeded() {
		return isDirty();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		AssessmentSession.get().removeListener(onOpen);
		AssessmentSession.get().removeCheckListener(onChecked);
		getSite().getPage().removeSelectionListener(HeatMapView.ID, drawnSelection);
		getSite().getPage().removeSelectionListener(FlowDiagramView.ID, drawnSelection);
		disconnect();
		super.dispose();
	}
}
