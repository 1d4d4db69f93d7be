package se.dpia.model.editor.viewers;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** A JFace label provider over EMF.Edit item providers' texts and icons. */
public class ItemProviderLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images = new ItemImages();

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = provider(element);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = provider(element);
		return provider == null ? null : images.get(provider.getImage(element));
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}

	private IItemLabelProvider provider(Object element) {
		return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
	}
}
