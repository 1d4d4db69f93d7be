package se.dpia.model.editor.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * One object's properties as the property sheet wants them, read from and written through its item property
 * descriptors. Writing goes through the descriptor, which executes a {@code SetCommand} on the object's editing
 * domain: every change is undoable.
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemSource;

	public ItemPropertySource(Object object, IItemPropertySource itemSource) {
		this.object = object;
		this.itemSource = itemSource;
	}

	@Override
	public Object getEditableValue() {
		return itemSource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
		return descriptors.stream().map(d -> new ItemPropertyDescriptorAdapter(object, d)).toArray(IPropertyDescriptor[]::new);
	}

	/** The feature's value itself (not EMF's wrapper), which the cell editors and the label provider expect. */
	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor == null) {
			return null;
		}
		Object value = descriptor.getPropertyValue(object);
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null) {
			descriptor.setPropertyValue(object, value);
		}
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		for (IItemPropertyDescriptor descriptor : itemSource.getPropertyDescriptors(object)) {
			if (descriptor.getId(object).equals(id)) {
				return descriptor;
			}
		}
		return null;
	}
}
