package se.dpia.app.views.flows;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import se.dpia.model.DataFlow;

/**
 * The data-flow diagram as laid out: boxes for the systems and the locations that group them, arrows for the flows,
 * all in absolute diagram coordinates (pixels, origin at the top left). What the canvas paints and what a click hits.
 */
public record FlowLayout(List<Box> boxes, List<Arrow> arrows, int width, int height) {

	/** The diagram of an assessment with no flows. */
	public static final FlowLayout EMPTY = new FlowLayout(List.of(), List.of(), 0, 0);

	/** How close to an arrow's line a click still hits it, in pixels. */
	private static final int ARROW_TOLERANCE = 4;

	/**
	 * A system, or a location drawn as a group around its systems; a group's title sits in its top {@code titleHeight}
	 * pixels.
	 */
	public record Box(EObject element, String title, String subtitle, Rectangle bounds, boolean group, int titleHeight) {
	}

	/** A flow: its route from the source's border to the target's (the last point is the arrowhead's tip) and its label. */
	public record Arrow(DataFlow flow, List<Point> route, String label, Rectangle labelBounds) {
	}

	public boolean isEmpty() {
		return boxes.isEmpty();
	}

	/** The box that shows a system or location, or {@code null}. */
	public Box boxOf(EObject element) {
		return boxes.stream().filter(box -> box.element() == element).findFirst().orElse(null);
	}

	/** The arrow that shows a flow, or {@code null}. */
	public Arrow arrowOf(DataFlow flow) {
		return arrows.stream().filter(arrow -> arrow.flow() == flow).findFirst().orElse(null);
	}

	/** Where an element is drawn: a box's bounds, or the bounds of an arrow's route and label. */
	public Rectangle boundsOf(EObject element) {
		Box box = boxOf(element);
		if (box != null) {
			return box.bounds();
		}
		Arrow arrow = element instanceof DataFlow flow ? arrowOf(flow) : null;
		if (arrow == null) {
			return null;
		}
		Rectangle bounds = arrow.labelBounds() == null ? null : new Rectangle(arrow.labelBounds().x,
				arrow.labelBounds().y, arrow.labelBounds().width, arrow.labelBounds().height);
		for (Point p : arrow.route()) {
			Rectangle dot = new Rectangle(p.x, p.y, 1, 1);
			bounds = bounds == null ? dot : bounds.union(dot);
		}
		return bounds;
	}

	/**
	 * The element drawn at a point: an arrow's label or line first (they are drawn over the boxes), then a system, then
	 * the location around it; {@code null} on empty space.
	 */
	public EObject elementAt(int x, int y) {
		for (Arrow arrow : arrows) {
			if (arrow.labelBounds() != null && arrow.labelBounds().contains(x, y) || nearRoute(arrow.route(), x, y)) {
				return arrow.flow();
			}
		}
		EObject group = null;
		for (Box box : boxes) {
			if (box.bounds().contains(x, y)) {
				if (!box.group()) {
					return box.element();
				}
				group = box.element();
			}
		}
		return group;
	}

	private static boolean nearRoute(List<Point> route, int x, int y) {
		for (int i = 0; i + 1 < route.size(); i++) {
			if (distanceToSegment(route.get(i), route.get(i + 1), x, y) <= ARROW_TOLERANCE) {
				return true;
			}
		}
		return false;
	}

	private static double distanceToSegment(Point a, Point b, int x, int y) {
		double dx = b.x - a.x;
		double dy = b.y - a.y;
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / lengthSquared));
		return Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy));
	}
}
