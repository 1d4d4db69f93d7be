package se.dpia.model.editor.properties;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** An EMF item property descriptor as a property-sheet descriptor: its name, category, help and cell editor. */
public class ItemPropertyDescriptorAdapter extends PropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor itemDescriptor;

	public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor itemDescriptor) {
		super(itemDescriptor.getId(object), itemDescriptor.getDisplayName(object));
		this.object = object;
		this.itemDescriptor = itemDescriptor;
		setCategory(itemDescriptor.getCategory(object));
		setDescription(itemDescriptor.getDescription(object));
		setFilterFlags(itemDescriptor.getFilterFlags(object));
		setHelpContextIds(itemDescriptor.getHelpContextIds(object));
	}

	/** The EMF descriptor behind this one. */
	public IItemPropertyDescriptor itemDescriptor() {
		return itemDescriptor;
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider labels = itemDescriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				return labels.getText(value);
			}
		};
	}

	/** A cell editor fitting the feature, or {@code null} (read-only) when it can't be set here. */
	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!itemDescriptor.canSetProperty(object)) {
			return null;
		}
		CellEditor editor = CellEditors.create(parent, object, itemDescriptor, getLabelProvider());
		if (editor != null && getValidator() != null) {
			editor.setValidator(getValidator());
		}
		return editor;
	}
}
