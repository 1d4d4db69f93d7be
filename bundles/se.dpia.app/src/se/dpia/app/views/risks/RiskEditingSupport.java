package se.dpia.app.views.risks;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import se.dpia.app.views.DomainTexts;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.model.Risk;
import se.dpia.model.RiskStatus;
import se.dpia.model.risk.RiskLevels;
import se.dpia.model.risk.RiskScales;

/**
 * Edits a risk's likelihood, severity (inherent or residual) or status in its cell, choosing from the assessment's
 * scale or the statuses. The change is a {@link SetCommand} on the session's editing domain, so Undo takes it back
 * and the other views hear of it through the command stack.
 */
final class RiskEditingSupport extends EditingSupport {

	private final EAttribute attribute;
	private final ComboBoxCellEditor editor;
	private final List<Object> values = new ArrayList<>();

	RiskEditingSupport(ColumnViewer viewer, EAttribute attribute) {
		super(viewer);
		this.attribute = attribute;
		editor = new ComboBoxCellEditor((Composite) viewer.getControl(), new String[0], SWT.READ_ONLY);
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		values.clear();
		List<String> items = new ArrayList<>();
		if (attribute.getEAttributeType().getInstanceClass() == RiskStatus.class) {
			for (RiskStatus status : RiskStatus.VALUES) {
				values.add(status);
				items.add(DomainTexts.literal(status));
			}
		} else {
			RiskScales scale = RiskLevels.scaleOf((Risk) element);
			boolean severity = attribute.getName().toLowerCase(java.util.Locale.ROOT).contains("severity");
			values.add(RiskLevels.NOT_ASSESSED);
			items.add(DomainTexts.level(RiskLevels.NOT_ASSESSED));
			for (RiskScales.Level level : scale.levels()) {
				values.add(level.value());
				int value = level.value();
				items.add(value + " " + (severity ? scale.severityLabel(value, DomainTexts.locale())
						: scale.likelihoodLabel(value, DomainTexts.locale())));
			}
		}
		editor.setItems(items.toArray(String[]::new));
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return element instanceof Risk && AssessmentSession.get().editingDomain() != null;
	}

	@Override
	protected Object getValue(Object element) {
		return Math.max(0, values.indexOf(((Risk) element).eGet(attribute)));
	}

	@Override
	protected void setValue(Object element, Object index) {
		int chosen = (Integer) index;
		EditingDomain domain = AssessmentSession.get().editingDomain();
		if (chosen < 0 || chosen >= values.size() || domain == null) {
			return;
		}
		Object value = values.get(chosen);
		if (value.equals(((Risk) element).eGet(attribute))) {
			return;
		}
		Command set = SetCommand.create(domain, element, attribute, value);
		if (set.canExecute()) {
			domain.getCommandStack().execute(set);
		}
	}
}
