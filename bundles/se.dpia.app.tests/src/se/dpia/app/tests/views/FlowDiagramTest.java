package se.dpia.app.tests.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.views.ModelTreeView;
import se.dpia.app.views.flows.FlowDiagramView;
import se.dpia.app.views.flows.FlowLayout;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.model.Assessment;
import se.dpia.model.DataFlow;
import se.dpia.model.DpiaPackage;
import se.dpia.model.SystemAsset;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.UiWait;

/** The data-flow diagram draws every flow between its systems, and its selection is linked with the model tree's. */
class FlowDiagramTest {

	@Test
	void everyFlowIsAnArrowBetweenBoxesThatDoNotOverlap(@TempDir Path copy) throws Exception {
		Assessment assessment = OpenExample.open(copy);
		FlowDiagramView diagram = showDiagram(assessment);
		FlowLayout layout = diagram.layout();
		assertFalse(assessment.getFlows().isEmpty(), "the example has data flows");

		for (DataFlow flow : assessment.getFlows()) {
			FlowLayout.Arrow arrow = layout.arrowOf(flow);
			assertNotNull(arrow, "flow " + flow.getId() + " has an arrow");
			FlowLayout.Box source = layout.boxOf(flow.getSource());
			FlowLayout.Box target = layout.boxOf(flow.getTarget());
			assertNotNull(source, "the source of " + flow.getId() + " has a box");
			assertNotNull(target, "the target of " + flow.getId() + " has a box");
			assertTrue(onBorder(source.bounds(), arrow.route().get(0)), flow.getId() + " starts at its source: " + arrow);
			assertTrue(onBorder(target.bounds(), arrow.route().get(arrow.route().size() - 1)),
					flow.getId() + " ends at its target: " + arrow);
			assertFalse(arrow.label().isBlank(), flow.getId() + " says what data it carries");
		}
		List<FlowLayout.Box> systems = layout.boxes().stream().filter(box -> !box.group()).toList();
		List<FlowLayout.Box> groups = layout.boxes().stream().filter(FlowLayout.Box::group).toList();
		assertNoOverlap(systems.stream().map(FlowLayout.Box::bounds).toList(), "systems");
		assertNoOverlap(groups.stream().map(FlowLayout.Box::bounds).toList(), "locations");
		List<Rectangle> labels = layout.arrows().stream().map(FlowLayout.Arrow::labelBounds).toList();
		assertNoOverlap(labels, "flow labels");
		for (Rectangle label : labels) {
			for (FlowLayout.Box system : systems) {
				assertFalse(label.intersects(system.bounds()), "a flow label " + label + " covers " + system.title());
			}
		}
		for (FlowLayout.Box system : systems) {
			SystemAsset asset = (SystemAsset) system.element();
			if (asset.getLocation() != null) {
				assertTrue(layout.boxOf(asset.getLocation()).bounds().contains(system.bounds().x, system.bounds().y),
						asset.getId() + " is drawn inside its location " + asset.getLocation().getId());
			}
		}
	}

	@Test
	void aClickSelectsTheSystemAndATreeSelectionIsHighlighted(@TempDir Path copy) throws Exception {
		Assessment assessment = OpenExample.open(copy);
		IWorkbenchPage page = OpenExample.page();
		ModelTreeView tree = (ModelTreeView) page.showView(ModelTreeView.ID);
		FlowDiagramView diagram = showDiagram(assessment);
		UiWait.until("the model tree shows this assessment", () -> tree.viewer().getTree().getItemCount() == 1
				&& tree.viewer().getTree().getItem(0).getData() == assessment);
		SystemAsset service = system(assessment, "tillsynstjänst");

		page.activate(diagram);
		diagram.click(service);
		UiWait.drain();
		assertEquals(List.of(service), selected(diagram.getSite().getSelectionProvider()), "the diagram selects the system");
		assertEquals(List.of(service), ((IStructuredSelection) tree.viewer().getSelection()).toList(),
				"the model tree selects it too");
		assertEquals(Set.of(service), diagram.highlighted());
		PropertySheet properties = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
		assertSame(diagram.getAdapter(IPropertySheetPage.class), properties.getCurrentPage(),
				"the Properties view shows the diagram's selection");

		DataFlow flow = assessment.getFlows().get(2);
		page.activate(tree);
		tree.viewer().setSelection(new StructuredSelection(flow), true);
		UiWait.until("the diagram highlights the flow selected in the tree", () -> diagram.highlighted().equals(Set.of(flow)));
		tree.viewer().setSelection(new StructuredSelection(service.getLocation()), true);
		UiWait.until("the diagram highlights the location selected in the tree",
				() -> diagram.highlighted().equals(Set.of(service.getLocation())));
		tree.viewer().setSelection(new StructuredSelection(flow), true);
		UiWait.until("the highlight follows the tree back to the flow", () -> diagram.highlighted().equals(Set.of(flow)));
		Screenshots.save(page.getWorkbenchWindow().getShell(), OpenExample.screenshot("flow-diagram-linked"));
		IWorkbenchPartReference reference = page.getReference(diagram);
		page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		try {
			UiWait.drain();
			Screenshots.save(page.getWorkbenchWindow().getShell(), OpenExample.screenshot("flow-diagram"));
		} finally {
			page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		}
	}

	@Test
	void followsAnEditOfTheModel(@TempDir Path copy) throws Exception {
		Assessment assessment = OpenExample.open(copy);
		FlowDiagramView diagram = showDiagram(assessment);
		SystemAsset lifecare = system(assessment, "Lifecare");
		var domain = AssessmentSession.get().editingDomain();

		domain.getCommandStack().execute(SetCommand.create(domain, lifecare, DpiaPackage.Literals.IDENTIFIED__NAME, "Treserva"));
		UiWait.until("the diagram shows the new name", () -> diagram.layout().boxOf(lifecare).title().equals("Treserva"));
		domain.getCommandStack().execute(SetCommand.create(domain, lifecare, DpiaPackage.Literals.SYSTEM_ASSET__LOCATION,
				system(assessment, "personalens_klient").getLocation()));
		UiWait.until("the system moves into the location's group", () -> diagram.layout()
				.boxOf(lifecare.getLocation()).bounds().contains(diagram.layout().boxOf(lifecare).bounds().x,
						diagram.layout().boxOf(lifecare).bounds().y));
		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		UiWait.until("undo puts the name back", () -> diagram.layout().boxOf(lifecare).title().equals("Lifecare"));
	}

	private static FlowDiagramView showDiagram(Assessment assessment) throws Exception {
		FlowDiagramView diagram = (FlowDiagramView) OpenExample.page().showView(FlowDiagramView.ID);
		UiWait.until("the diagram shows this assessment's flows", () -> !diagram.layout().isEmpty()
				&& diagram.layout().arrows().size() == assessment.getFlows().size()
				&& diagram.layout().arrows().stream().allMatch(a -> assessment.getFlows().contains(a.flow())));
		return diagram;
	}

	private static SystemAsset system(Assessment assessment, String id) {
		SystemAsset system = assessment.getSystems().stream().filter(s -> id.equals(s.getId())).findFirst().orElse(null);
		assertNotNull(system, "the example has a system " + id);
		return system;
	}

	private static List<?> selected(org.eclipse.jface.viewers.ISelectionProvider provider) {
		return ((IStructuredSelection) provider.getSelection()).toList();
	}

	/** Whether a point lies on a rectangle's border, give or take two pixels. */
	private static boolean onBorder(Rectangle box, Point point) {
		boolean withinX = point.x >= box.x - 2 && point.x <= box.x + box.width + 2;
		boolean withinY = point.y >= box.y - 2 && point.y <= box.y + box.height + 2;
		boolean nearVertical = Math.abs(point.x - box.x) <= 2 || Math.abs(point.x - box.x - box.width) <= 2;
		boolean nearHorizontal = Math.abs(point.y - box.y) <= 2 || Math.abs(point.y - box.y - box.height) <= 2;
		return withinX && withinY && (nearVertical || nearHorizontal);
	}

	private static void assertNoOverlap(List<Rectangle> rectangles, String what) {
		for (int i = 0; i < rectangles.size(); i++) {
			for (int j = i + 1; j < rectangles.size(); j++) {
				assertFalse(rectangles.get(i).intersects(rectangles.get(j)),
						what + " overlap: " + rectangles.get(i) + " and " + rectangles.get(j));
			}
		}
	}
}
