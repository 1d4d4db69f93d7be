package se.dpia.app.views.flows;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;

import se.dpia.app.views.CommandStackActions;
import se.dpia.app.views.ElementSelectionProvider;
import se.dpia.app.views.ModelFollower;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.model.Assessment;
import se.dpia.model.editor.properties.ItemPropertySourceProvider;
import se.dpia.model.editor.properties.UndoablePropertySheetPage;

/**
 * The open assessment's data flows as a diagram, laid out automatically: systems grouped by location, flows as arrows
 * labelled with the data they carry. Read-only; a click selects the system, location or flow in the workbench, so the
 * model tree and the Properties view show it, and what is selected elsewhere is highlighted here. Follows every edit
 * and the opening of another folder.
 */
public class FlowDiagramView extends ViewPart {

	public static final String ID = "se.dpia.app.flowDiagram";

	private static final int REVEAL_MARGIN = 20;

	private final ElementSelectionProvider selection = new ElementSelectionProvider();
	private final ISelectionListener selectedElsewhere = this::selectedElsewhere;
	private ScrolledComposite scroller;
	private FlowCanvas canvas;
	private CommandStackActions actions;
	private UndoablePropertySheetPage propertySheetPage;
	private Assessment shown;
	private Set<EObject> highlighted = Set.of();

	@Override
	public void createPartControl(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		canvas = new FlowCanvas(scroller, this::clicked);
		scroller.setContent(canvas);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.getHorizontalBar().setIncrement(20);
		scroller.getVerticalBar().setIncrement(20);
		getSite().setSelectionProvider(selection);
		getSite().getPage().addSelectionListener(selectedElsewhere);
		actions = new CommandStackActions(getViewSite().getActionBars());
		new ModelFollower(canvas, this::show);
	}

	/** Lays the assessment out again; what is highlighted stays so while it is still drawn. */
	private void show(Assessment assessment) {
		actions.update();
		boolean other = assessment != shown;
		shown = assessment;
		FlowLayout layout = FlowGraph.layout(assessment, canvas.measure());
		highlighted = other ? Set.of() : drawn(layout, highlighted);
		canvas.show(layout, highlighted);
		scroller.setMinSize(layout.width(), layout.height());
	}

	private void clicked(EObject element) {
		highlighted = element == null ? Set.of() : Set.of(element);
		canvas.show(canvas.diagram(), highlighted);
		selection.select(element == null ? List.of() : List.of(element));
	}

	/** Highlights what another part selected, when it is a model element; other selections leave the diagram as it is. */
	private void selectedElsewhere(IWorkbenchPart part, ISelection chosen) {
		if (part == this || !(chosen instanceof IStructuredSelection structured) || canvas.isDisposed()
				|| structured.toList().stream().noneMatch(EObject.class::isInstance)) {
			return;
		}
		highlighted = drawn(canvas.diagram(), structured.toList());
		canvas.show(canvas.diagram(), highlighted);
		highlighted.stream().findFirst().map(canvas.diagram()::boundsOf).ifPresent(this::reveal);
	}

	/** The elements among the given ones that the diagram draws, in their order. */
	private static Set<EObject> drawn(FlowLayout layout, Collection<?> elements) {
		Set<EObject> drawn = new LinkedHashSet<>();
		for (Object element : elements) {
			if (element instanceof EObject object && layout.boundsOf(object) != null) {
				drawn.add(object);
			}
		}
		return Collections.unmodifiableSet(drawn);
	}

	/** Scrolls so the bounds are in sight, unless they already are. */
	private void reveal(Rectangle bounds) {
		Point origin = scroller.getOrigin();
		Rectangle visible = scroller.getClientArea();
		visible.x = origin.x;
		visible.y = origin.y;
		if (!visible.contains(bounds.x, bounds.y) || !visible.contains(bounds.x + bounds.width, bounds.y + bounds.height)) {
			scroller.setOrigin(Math.max(0, bounds.x - REVEAL_MARGIN), Math.max(0, bounds.y - REVEAL_MARGIN));
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(propertySheetPage());
		}
		return super.getAdapter(adapter);
	}

	/** The Properties view's page while the diagram is active: the clicked element's properties, edited as in the tree. */
	private UndoablePropertySheetPage propertySheetPage() {
		if (propertySheetPage == null || propertySheetPage.getControl() != null && propertySheetPage.getControl().isDisposed()) {
			propertySheetPage = new UndoablePropertySheetPage(this::propertySource);
		}
		return propertySheetPage;
	}

	private IPropertySource propertySource(Object object) {
		AdapterFactoryEditingDomain domain = AssessmentSession.get().editingDomain();
		return domain == null ? null : new ItemPropertySourceProvider(domain.getAdapterFactory()).getPropertySource(object);
	}

	/** The diagram as laid out now: where each system, location and flow is drawn. */
	public FlowLayout layout() {
		return canvas.diagram();
	}

	/** The elements drawn highlighted. */
	public Set<EObject> highlighted() {
		return highlighted;
	}

	/** Clicks where an element is drawn, as the user does. */
	public void click(EObject element) {
		canvas.click(element);
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(selectedElsewhere);
		actions.dispose();
		super.dispose();
	}
}
