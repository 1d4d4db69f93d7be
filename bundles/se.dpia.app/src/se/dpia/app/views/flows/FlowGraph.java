package se.dpia.app.views.flows;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.core.util.ElkUtil;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import se.dpia.model.Assessment;
import se.dpia.model.DataFlow;
import se.dpia.model.Location;
import se.dpia.model.SystemAsset;

/**
 * Lays the assessment's data flows out with the Eclipse Layout Kernel's layered algorithm: the systems that send or
 * receive a flow as nodes, inside a group per location where the model says where a system is, the flows as edges
 * from left to right with orthogonal routes and their data as centred labels.
 */
final class FlowGraph {

	static final int BOX_PADDING = 8;
	static final int GROUP_PADDING = 14;
	private static final int TITLE_WIDTH = 190;
	private static final int LABEL_WIDTH = 170;
	private static final int LINE_GAP = 2;

	static {
		// ELK finds algorithms through ServiceLoader, which doesn't see across OSGi bundles: register the one we use
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private final TextMeasure measure;
	private final Map<EObject, ElkNode> nodes = new LinkedHashMap<>();
	private final Map<ElkNode, FlowLayout.Box> boxes = new LinkedHashMap<>();
	private final Map<ElkEdge, DataFlow> edges = new LinkedHashMap<>();
	private final Map<ElkLabel, String> labels = new LinkedHashMap<>();

	private FlowGraph(TextMeasure measure) {
		this.measure = measure;
	}

	/** The laid-out diagram of an assessment's flows; empty without an assessment or flows. */
	static FlowLayout layout(Assessment assessment, TextMeasure measure) {
		if (assessment == null) {
			return FlowLayout.EMPTY;
		}
		return new FlowGraph(measure).build(assessment.getFlows());
	}

	private FlowLayout build(List<DataFlow> flows) {
		ElkNode root = ElkGraphUtil.createGraph();
		configure(root);
		root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
		for (DataFlow flow : flows) {
			if (flow.getSource() == null || flow.getTarget() == null) {
				continue; // the Problems view reports the missing end; there is nothing to draw it to
			}
			ElkEdge edge = ElkGraphUtil.createSimpleEdge(node(root, flow.getSource()), node(root, flow.getTarget()));
			ElkGraphUtil.updateContainment(edge);
			String text = measure.wrap(FlowTexts.label(flow), LABEL_WIDTH, false);
			ElkLabel label = ElkGraphUtil.createLabel(text, edge);
			Point extent = measure.extent(text, false);
			label.setDimensions(extent.x + 6, extent.y + 4);
			label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			edges.put(edge, flow);
			labels.put(label, text);
		}
		if (edges.isEmpty()) {
			return FlowLayout.EMPTY;
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		return result(root);
	}

	/** Options every level of the hierarchy shares: layers left to right, orthogonal edges, room for the labels. */
	private static void configure(ElkNode node) {
		node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		node.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
		node.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 14.0);
		node.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
		// the model's order where the algorithm has a free choice, so the picture is the same every time
		node.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
	}

	/** The node of a system, created on first use inside the group of its location. */
	private ElkNode node(ElkNode root, SystemAsset system) {
		ElkNode existing = nodes.get(system);
		if (existing != null) {
			return existing;
		}
		ElkNode parent = system.getLocation() == null ? root : group(root, system.getLocation());
		ElkNode node = ElkGraphUtil.createNode(parent);
		String title = measure.wrap(FlowTexts.name(system), TITLE_WIDTH, true);
		String subtitle = FlowTexts.subtitle(system);
		Point titleExtent = measure.extent(title, true);
		Point subtitleExtent = subtitle.isEmpty() ? new Point(0, 0) : measure.extent(subtitle, false);
		int width = Math.max(titleExtent.x, subtitleExtent.x) + 2 * BOX_PADDING;
		int height = titleExtent.y + (subtitle.isEmpty() ? 0 : LINE_GAP + subtitleExtent.y) + 2 * BOX_PADDING;
		node.setDimensions(Math.max(width, 110), Math.max(height, 44));
		nodes.put(system, node);
		boxes.put(node, new FlowLayout.Box(system, title, subtitle, null, false, 0));
		return node;
	}

	/** The group of a location; its title takes the top of the group, and the group is at least as wide as the title. */
	private ElkNode group(ElkNode root, Location location) {
		ElkNode existing = nodes.get(location);
		if (existing != null) {
			return existing;
		}
		ElkNode group = ElkGraphUtil.createNode(root);
		configure(group);
		String title = FlowTexts.name(location);
		String subtitle = FlowTexts.subtitle(location);
		Point titleExtent = measure.extent(title, true);
		Point subtitleExtent = subtitle.isEmpty() ? new Point(0, 0) : measure.extent(subtitle, false);
		int titleHeight = BOX_PADDING + titleExtent.y + (subtitle.isEmpty() ? 0 : LINE_GAP + subtitleExtent.y) + BOX_PADDING;
		group.setProperty(CoreOptions.PADDING, new ElkPadding(titleHeight + 6, GROUP_PADDING, GROUP_PADDING, GROUP_PADDING));
		group.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
		group.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
				new KVector(Math.max(titleExtent.x, subtitleExtent.x) + 2 * BOX_PADDING, titleHeight + 40));
		nodes.put(location, group);
		boxes.put(group, new FlowLayout.Box(location, title, subtitle, null, true, titleHeight));
		return group;
	}

	/** The laid-out graph in absolute pixel coordinates. */
	private FlowLayout result(ElkNode root) {
		List<FlowLayout.Box> placed = new ArrayList<>();
		boxes.forEach((node, box) -> {
			KVector at = ElkUtil.absolutePosition(node);
			placed.add(new FlowLayout.Box(box.element(), box.title(), box.subtitle(),
					rectangle(at.x, at.y, node.getWidth(), node.getHeight()), box.group(), box.titleHeight()));
		});
		// groups first, so the systems inside them are drawn over them
		placed.sort((a, b) -> Boolean.compare(b.group(), a.group()));
		List<FlowLayout.Arrow> arrows = new ArrayList<>();
		edges.forEach((edge, flow) -> arrows.add(arrow(edge, flow)));
		return new FlowLayout(List.copyOf(placed), List.copyOf(arrows), (int) Math.ceil(root.getWidth()),
				(int) Math.ceil(root.getHeight()));
	}

	private FlowLayout.Arrow arrow(ElkEdge edge, DataFlow flow) {
		// an edge's coordinates are relative to the node that contains it
		KVector origin = ElkUtil.absolutePosition(edge.getContainingNode());
		List<Point> route = new ArrayList<>();
		for (ElkEdgeSection section : edge.getSections()) {
			add(route, origin, section.getStartX(), section.getStartY());
			for (ElkBendPoint bend : section.getBendPoints()) {
				add(route, origin, bend.getX(), bend.getY());
			}
			add(route, origin, section.getEndX(), section.getEndY());
		}
		ElkLabel label = edge.getLabels().isEmpty() ? null : edge.getLabels().get(0);
		Rectangle labelBounds = label == null ? null
				: rectangle(origin.x + label.getX(), origin.y + label.getY(), label.getWidth(), label.getHeight());
		return new FlowLayout.Arrow(flow, List.copyOf(route), label == null ? "" : labels.get(label), labelBounds);
	}

	private static void add(List<Point> route, KVector origin, double x, double y) {
		Point point = new Point((int) Math.round(origin.x + x), (int) Math.round(origin.y + y));
		if (route.isEmpty() || !route.get(route.size() - 1).equals(point)) {
			route.add(point);
		}
	}

	private static Rectangle rectangle(double x, double y, double width, double height) {
		return new Rectangle((int) Math.round(x), (int) Math.round(y), (int) Math.round(width), (int) Math.round(height));
	}
}
