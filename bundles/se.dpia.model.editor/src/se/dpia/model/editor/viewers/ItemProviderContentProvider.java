package se.dpia.model.editor.viewers;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * A JFace tree content provider over EMF.Edit item providers (the piece of {@code emf.edit.ui}, not on Maven
 * Central, that a tree needs). The input is an array of root objects. It listens to the item providers and refreshes
 * its viewer when the model changes, so commands and their undo show at once.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;

	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Object[] roots ? roots : getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = provider(parent);
		Collection<?> children = provider == null ? null : provider.getChildren(parent);
		return children == null ? new Object[0] : children.toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element);
	}

	@Override
	public void notifyChanged(Notification notification) {
		StructuredViewer target = viewer;
		Control control = target == null ? null : target.getControl();
		if (control == null || control.isDisposed() || !(notification instanceof IViewerNotification change)) {
			return;
		}
		Runnable refresh = () -> {
			if (!control.isDisposed()) {
				refresh(target, change);
			}
		};
		if (control.getDisplay().getThread() == Thread.currentThread()) {
			refresh.run();
		} else {
			control.getDisplay().asyncExec(refresh);
		}
	}

	private static void refresh(StructuredViewer viewer, IViewerNotification change) {
		Object element = change.getElement();
		if (change.isContentRefresh()) {
			if (element == null) {
				viewer.refresh(change.isLabelUpdate());
			} else {
				viewer.refresh(element, change.isLabelUpdate());
			}
		} else if (change.isLabelUpdate() && element != null) {
			viewer.update(element, null);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}

	private ITreeItemContentProvider provider(Object element) {
		return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}
}
