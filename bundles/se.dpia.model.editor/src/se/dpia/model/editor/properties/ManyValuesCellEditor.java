package se.dpia.model.editor.properties;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;

import se.dpia.model.editor.Messages;

/** A multi-valued feature: shows its values, and its button opens a dialog to tick the ones it should hold. */
public class ManyValuesCellEditor extends DialogCellEditor {

	private final List<?> choices;
	private final ILabelProvider labels;
	private final String featureName;

	public ManyValuesCellEditor(Composite parent, List<?> choices, ILabelProvider labels, String featureName) {
		super(parent);
		this.choices = choices.stream().filter(c -> c != null).toList();
		this.labels = labels;
		this.featureName = featureName;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		ListSelectionDialog dialog = ListSelectionDialog.of(choices)
				.contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(labels)
				.title(Messages.chooseValuesTitle)
				.message(NLS.bind(Messages.chooseValues, featureName))
				.preselect(getValue() instanceof Collection<?> current ? current.toArray() : new Object[0])
				.create(cellEditorWindow.getShell());
		return dialog.open() == Window.OK ? Arrays.asList(dialog.getResult()) : null;
	}

	@Override
	protected void updateContents(Object value) {
		// the super constructor shows the value before this class's fields are set
		if (labels == null) {
			super.updateContents(value);
		} else if (getDefaultLabel() != null) {
			getDefaultLabel().setText(labels.getText(value));
		}
	}
}
