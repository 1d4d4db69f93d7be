package se.dpia.app.views.risks;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import se.dpia.app.Messages;
import se.dpia.app.views.ColumnSorter;
import se.dpia.app.views.CommandStackActions;
import se.dpia.app.views.DomainTexts;
import se.dpia.app.views.LevelBand;
import se.dpia.app.views.ModelFollower;
import se.dpia.app.views.SessionSave;
import se.dpia.app.views.heatmap.HeatMapView;
import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.RiskStatus;
import se.dpia.model.risk.RiskLevels;

/**
 * The open assessment's risks as a table: sorted by a click on a column header, filtered by status and by level,
 * likelihood, severity and status edited in place through the editing domain. Rows above the acceptable level are
 * coloured by band and say so in the assessment column. Selects what is clicked in the heat map.
 */
public class RiskRegisterView extends ViewPart implements ISaveablePart {

	public static final String ID = "se.dpia.app.riskRegister";

	private final RiskFilter filter = new RiskFilter();
	private final ISelectionListener heatMapSelection = this::heatMapSelected;
	private TableViewer viewer;
	private Combo statusChoice;
	private Combo levelChoice;
	private LocalResourceManager colours;
	private CommandStackActions actions;
	private Assessment shown;

	@Override
	public void createPartControl(Composite parent) {
		colours = new LocalResourceManager(JFaceResources.getResources(), parent);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(parent);
		statusChoice = choice(parent, Messages.filterStatus, statusItems());
		statusChoice.addListener(SWT.Selection, event -> {
			int index = statusChoice.getSelectionIndex();
			filter.status(index <= 0 ? null : RiskStatus.VALUES.get(index - 1));
			viewer.refresh();
		});
		levelChoice = choice(parent, Messages.filterLevel, new String[] { Messages.filterAll,
				Messages.filterAboveAcceptable, Messages.filterAcceptable, Messages.filterNotAssessed });
		levelChoice.addListener(SWT.Selection, event -> {
			filter.level(RiskFilter.LevelChoice.values()[Math.max(0, levelChoice.getSelectionIndex())]);
			viewer.refresh();
		});
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(viewer.getControl());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		List<RiskColumn> columns = RiskColumn.all();
		columns.forEach(this::createColumn);
		new ColumnSorter<>(Risk.class, columns.stream().map(RiskColumn::key).toList()).install(viewer);
		viewer.addFilter(filter);
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2
						|| event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL;
			}
		}, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addSelectionListener(HeatMapView.ID, heatMapSelection);
		actions = new CommandStackActions(getViewSite().getActionBars());
		new ModelFollower(viewer.getControl(), this::show);
	}

	private static String[] statusItems() {
		String[] items = new String[RiskStatus.VALUES.size() + 1];
		items[0] = Messages.filterAll;
		for (int i = 0; i < RiskStatus.VALUES.size(); i++) {
			items[i + 1] = DomainTexts.literal(RiskStatus.VALUES.get(i));
		}
		return items;
	}

	private static Combo choice(Composite parent, String label, String[] items) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(items);
		combo.select(0);
		return combo;
	}

	private void createColumn(RiskColumn column) {
		TableViewerColumn tableColumn = new TableViewerColumn(viewer, SWT.LEFT);
		tableColumn.getColumn().setText(column.header());
		tableColumn.getColumn().setWidth(column.width());
		tableColumn.getColumn().setMoveable(true);
		tableColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String text = column.text().apply((Risk) element);
				return text == null ? "" : text;
			}

			@Override
			public Color getBackground(Object element) {
				Risk risk = (Risk) element;
				LevelBand band = LevelBand.of(RiskLevels.remaining(risk), RiskLevels.scaleOf(risk).acceptableLevel());
				return band == LevelBand.ELEVATED || band == LevelBand.HIGH ? colours.createColor(band.rgb()) : null;
			}
		});
		if (column.edits() != null) {
			tableColumn.setEditingSupport(new RiskEditingSupport(viewer, column.edits()));
		}
	}

	/** Shows the assessment's risks: a new input for another assessment, else a refresh of the rows. */
	private void show(Assessment assessment) {
		actions.update();
		firePropertyChange(PROP_DIRTY);
		if (assessment != shown) {
			shown = assessment;
			viewer.setInput(assessment == null ? List.of() : assessment.getRisks());
		} else {
			viewer.refresh();
		}
	}

	private void heatMapSelected(IWorkbenchPart part, ISelection selection) {
		if (!selection.isEmpty()) {
			viewer.setSelection(selection, true);
		}
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public boolean isDirty() {
		return SessionSave.isDirty();
	}

	/** Saves the assessment, so File ▸ Save works after an edit here as it does in the model tree. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		SessionSave.save(getSite().getShell());
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSaveAs() {
		// one folder, one set of files: Save As has no meaning here
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isSaveOnCloseNeeded() {
		// the model tree asks on close; asking here too would ask twice
		return false;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(HeatMapView.ID, heatMapSelection);
		actions.dispose();
		super.dispose();
	}
}
