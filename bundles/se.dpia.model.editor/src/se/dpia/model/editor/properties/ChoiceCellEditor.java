package se.dpia.model.editor.properties;

import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.events.SelectionAdapter;
import org.eclipse.swt.events.SelectionEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A read-only combo over a list of values (enum literals, true/false, the objects a reference may point to). Its
 * value is the chosen object, not an index, and choosing applies at once.
 */
public class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<?> values;

	public ChoiceCellEditor(Composite parent, List<?> values, ILabelProvider labels) {
		super(parent, values.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
		this.values = values;
	}

	@Override
	protected Control createControl(Composite parent) {
		Control control = super.createControl(parent);
		((CCombo) control).addSelectionListener(new SelectionAdapter() {
			@Override
			public void widgetSelected(SelectionEvent e) {
				markDirty();
				fireApplyEditorValue();
			}
		});
		return control;
	}

	@Override
	protected Object doGetValue() {
		int index = ((CCombo) getControl()).getSelectionIndex();
		return index < 0 ? null : values.get(index);
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(values.indexOf(value));
	}

	/** The values offered, in the combo's order. */
	public List<?> values() {
		return values;
	}
}
