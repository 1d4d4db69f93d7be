package se.dpia.app.views;

import java.util.function.Consumer;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import se.dpia.app.workspace.AssessmentSession;
import se.dpia.rules.check.AssessmentFolder;

/** The open assessment's model as a tree. */
public class ModelTreeView extends ViewPart {

	public static final String ID = "se.dpia.app.modelTree";

	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
			new ReflectiveItemProviderAdapterFactory());
	private final Consumer<AssessmentFolder> onOpen = folder -> getSite().getShell().getDisplay().asyncExec(this::refresh);
	private TreeViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
		viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
		getSite().setSelectionProvider(viewer);
		AssessmentSession.get().addListener(onOpen);
		refresh();
	}

	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		AssessmentFolder folder = AssessmentSession.get().current();
		viewer.setInput(folder == null ? new Object[0] : folder.assessments().toArray());
		viewer.expandToLevel(2);
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		AssessmentSession.get().removeListener(onOpen);
		adapterFactory.dispose();
		super.dispose();
	}
}
