package se.dpia.model.editor.properties;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import se.dpia.model.editor.Messages;

/**
 * Text editing of a data-typed value (string, number, date text): shown as the data type's string form, read back
 * with the data type's factory, and refused with a message when that fails (e.g. letters in a likelihood).
 */
public class DataTypeCellEditor extends TextCellEditor {

	private final EDataType dataType;

	public DataTypeCellEditor(Composite parent, EDataType dataType) {
		super(parent);
		this.dataType = dataType;
		setValidator(this::problemWith);
	}

	/** What is wrong with the typed text, or {@code null} if it is a value of the data type. */
	String problemWith(Object text) {
		String typed = String.valueOf(text);
		if (typed.isEmpty() && !isPrimitive()) {
			return null;
		}
		try {
			EcoreUtil.createFromString(dataType, typed.trim());
			return null;
		} catch (RuntimeException e) {
			return isWholeNumber() ? NLS.bind(Messages.notAnInteger, typed)
					: NLS.bind(Messages.invalidValue, typed, dataType.getName());
		}
	}

	@Override
	protected Object doGetValue() {
		String typed = (String) super.doGetValue();
		if (typed.isEmpty() && !isPrimitive()) {
			return null;
		}
		return dataType.getInstanceClass() == String.class ? typed : EcoreUtil.createFromString(dataType, typed.trim());
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(value == null ? "" : EcoreUtil.convertToString(dataType, value));
	}

	private boolean isPrimitive() {
		Class<?> type = dataType.getInstanceClass();
		return type != null && type.isPrimitive();
	}

	private boolean isWholeNumber() {
		Class<?> type = dataType.getInstanceClass();
		return type == int.class || type == Integer.class || type == long.class || type == Long.class
				|| type == short.class || type == Short.class;
	}
}
