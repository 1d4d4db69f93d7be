package se.dpia.app.views;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import se.dpia.model.editor.viewers.ItemProviderLabelProvider;

/** The model tree's labels: a {@link KindGroup} as a folder with its kind and count, elements as their item providers say. */
public class GroupedLabelProvider extends ItemProviderLabelProvider {

	public GroupedLabelProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object element) {
		return element instanceof KindGroup group ? group.label() : super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		return element instanceof KindGroup
				? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER)
				: super.getImage(element);
	}
}
