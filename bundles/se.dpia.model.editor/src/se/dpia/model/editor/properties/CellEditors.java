package se.dpia.model.editor.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;

/**
 * Chooses the cell editor for a feature: a combo for enums, booleans and single references; a dialog for
 * multi-valued features with choices; validated text for strings, numbers and other data types; none otherwise.
 */
public final class CellEditors {

	private CellEditors() {
	}

	public static CellEditor create(Composite parent, Object object, IItemPropertyDescriptor descriptor, ILabelProvider labels) {
		Object feature = descriptor.getFeature(object);
		EDataType dataType = feature instanceof EAttribute attribute ? attribute.getEAttributeType() : null;
		Collection<?> choices = choices(object, descriptor, dataType);
		if (descriptor.isMany(object)) {
			return choices == null ? null
					: new ManyValuesCellEditor(parent, new ArrayList<>(choices), labels, descriptor.getDisplayName(object));
		}
		if (choices != null) {
			return new ChoiceCellEditor(parent, new ArrayList<>(choices), labels);
		}
		return dataType == null ? null : new DataTypeCellEditor(parent, dataType);
	}

	/** The values to choose from: the descriptor's own, else an enum's literals or true and false. */
	public static Collection<?> choices(Object object, IItemPropertyDescriptor descriptor, EDataType dataType) {
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (choices != null) {
			return choices;
		}
		if (dataType instanceof EEnum enumeration) {
			List<Object> literals = new ArrayList<>();
			for (EEnumLiteral literal : enumeration.getELiterals()) {
				literals.add(literal.getInstance());
			}
			return literals;
		}
		Class<?> type = dataType == null ? null : dataType.getInstanceClass();
		if (type == boolean.class || type == Boolean.class) {
			return List.of(Boolean.TRUE, Boolean.FALSE);
		}
		return null;
	}
}
