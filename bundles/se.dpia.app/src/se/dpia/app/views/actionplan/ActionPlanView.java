package se.dpia.app.views.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import se.dpia.app.views.ColumnSorter;
import se.dpia.app.views.LevelBand;
import se.dpia.app.views.ModelFollower;
import se.dpia.model.Assessment;
import se.dpia.model.Mitigation;

/**
 * The action plan: the open assessment's measures by owner and due date, with their status and the risks they
 * address. A measure past its due date and not yet carried out says so and is coloured.
 */
public class ActionPlanView extends ViewPart {

	public static final String ID = "se.dpia.app.actionPlan";

	private final Supplier<LocalDate> today = LocalDate::now;
	private TableViewer viewer;
	private LocalResourceManager colours;
	private Assessment shown;

	@Override
	public void createPartControl(Composite parent) {
		colours = new LocalResourceManager(JFaceResources.getResources(), parent);
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		List<PlanColumn> columns = PlanColumn.all(today);
		columns.forEach(this::createColumn);
		new ColumnSorter<>(Mitigation.class, columns.stream().map(PlanColumn::key).toList()).install(viewer);
		getSite().setSelectionProvider(viewer);
		new ModelFollower(viewer.getControl(), this::show);
	}

	private void createColumn(PlanColumn column) {
		TableViewerColumn tableColumn = new TableViewerColumn(viewer, SWT.LEFT);
		tableColumn.getColumn().setText(column.header());
		tableColumn.getColumn().setWidth(column.width());
		tableColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String text = column.text().apply((Mitigation) element);
				return text == null ? "" : text;
			}

			@Override
			public Color getBackground(Object element) {
				return Overdue.is((Mitigation) element, today.get()) ? colours.createColor(LevelBand.HIGH.rgb()) : null;
			}
		});
	}

	private void show(Assessment assessment) {
		if (assessment != shown) {
			shown = assessment;
			viewer.setInput(assessment == null ? List.of() : assessment.getMitigations());
		} else {
			viewer.refresh();
		}
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
