package se.dpia.documents.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;

/**
 * Draws a data-flow diagram as vector graphics for {@code <object type="dpia/flows">}: one column per location
 * (in the order the template lists them), the systems stacked in their column, and one numbered arrow per flow.
 * The template gives the data as {@code <param>} children, so the diagram shows nothing the template does not:
 * {@code column} (a location's name), {@code system} ("column index|name"), {@code flow} ("from|to|number",
 * system indexes). Its alternative text is the object's {@code alt} attribute (PDF/UA Figure).
 */
public final class FlowDiagram implements FSObjectDrawer {

	/** The object type templates use. */
	public static final String TYPE = "dpia/flows";

	private static final Color INK = new Color(17, 17, 17);
	private static final Color FRAME = new Color(11, 58, 93);
	private static final Color ZONE = new Color(232, 238, 243);

	@Override
	public Map<Shape, String> drawObject(Element element, double x, double y, double width, double height,
			OutputDevice device, RenderingContext context, int dotsPerPixel) {
		float w = (float) width / dotsPerPixel;
		float h = (float) height / dotsPerPixel;
		device.drawWithGraphics((float) x, (float) y, w, h, g -> paint(element, g, w, h));
		return null;
	}

	/**
	 * Draws the diagram of an {@code <object type="dpia/flows">} element into a width and height (in CSS pixels), as
	 * in the PDF; the office documents draw it into a picture this way.
	 */
	public static void paint(Element element, Graphics2D g, float w, float h) {
		List<String> columns = new ArrayList<>();
		List<String[]> systems = new ArrayList<>();
		List<String[]> flows = new ArrayList<>();
		NodeList params = element.getElementsByTagName("param");
		for (int i = 0; i < params.getLength(); i++) {
			Node node = params.item(i);
			Element param = (Element) node;
			String value = param.getAttribute("value");
			switch (param.getAttribute("name")) {
			case "column" -> columns.add(value);
			case "system" -> systems.add(value.split("\\|", 2));
			case "flow" -> flows.add(value.split("\\|", 3));
			default -> {
				// unknown parameters are ignored, so templates may carry notes
			}
			}
		}
		draw(g, w, h, columns, systems, flows);
	}

	private static void draw(Graphics2D g, float width, float height, List<String> columns, List<String[]> systems,
			List<String[]> flows) {
		if (columns.isEmpty()) {
			return;
		}
		float gap = 24;
		float columnWidth = (width - gap * (columns.size() - 1)) / columns.size();
		float boxHeight = 36;
		float top = 22;
		Font font = Fonts.awt(false).deriveFont(10f);
		Font bold = Fonts.awt(true).deriveFont(10f);
		List<Rectangle2D> boxes = new ArrayList<>();
		int[] filled = new int[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			float left = c * (columnWidth + gap);
			g.setColor(ZONE);
			g.fill(new Rectangle2D.Float(left, 0, columnWidth, height));
			g.setColor(FRAME);
			g.setFont(bold);
			text(g, columns.get(c), left + 4, 13, columnWidth - 8);
		}
		for (String[] system : systems) {
			int c = Math.max(0, Math.min(columns.size() - 1, parse(system[0])));
			float left = c * (columnWidth + gap) + 8;
			float boxTop = top + filled[c]++ * (boxHeight + 16);
			Rectangle2D box = new Rectangle2D.Float(left, boxTop, columnWidth - 16, boxHeight);
			boxes.add(box);
			g.setColor(Color.WHITE);
			g.fill(box);
			g.setColor(FRAME);
			g.setStroke(new BasicStroke(1f));
			g.draw(box);
			g.setColor(INK);
			g.setFont(font);
			text(g, system.length > 1 ? system[1] : "", (float) box.getX() + 4, (float) box.getY() + 14, (float) box.getWidth() - 8);
		}
		g.setStroke(new BasicStroke(1.2f));
		for (String[] flow : flows) {
			int from = parse(flow[0]);
			int to = parse(flow.length > 1 ? flow[1] : "-1");
			if (from < 0 || to < 0 || from >= boxes.size() || to >= boxes.size() || from == to) {
				continue;
			}
			arrow(g, boxes.get(from), boxes.get(to), flow.length > 2 ? flow[2] : "", bold);
		}
	}

	private static void arrow(Graphics2D g, Rectangle2D from, Rectangle2D to, String label, Font font) {
		double x1;
		double x2;
		if (to.getCenterX() > from.getCenterX() + 1) {
			x1 = from.getMaxX();
			x2 = to.getMinX();
		} else if (to.getCenterX() < from.getCenterX() - 1) {
			x1 = from.getMinX();
			x2 = to.getMaxX();
		} else {
			x1 = from.getCenterX();
			x2 = to.getCenterX();
		}
		double y1 = from.getCenterY();
		double y2 = to.getCenterY();
		if (Math.abs(x1 - x2) < 1) {
			// same column: from the bottom of one box to the top of the other
			y1 = y2 > y1 ? from.getMaxY() : from.getMinY();
			y2 = y2 > from.getCenterY() ? to.getMinY() : to.getMaxY();
		}
		g.setColor(FRAME);
		g.draw(new Line2D.Double(x1, y1, x2, y2));
		double angle = Math.atan2(y2 - y1, x2 - x1);
		Path2D head = new Path2D.Double();
		head.moveTo(x2, y2);
		head.lineTo(x2 - 7 * Math.cos(angle - 0.4), y2 - 7 * Math.sin(angle - 0.4));
		head.lineTo(x2 - 7 * Math.cos(angle + 0.4), y2 - 7 * Math.sin(angle + 0.4));
		head.closePath();
		g.fill(head);
		g.setFont(font);
		g.setColor(INK);
		g.drawString(label, (float) ((x1 + x2) / 2) - 3, (float) ((y1 + y2) / 2) - 3);
	}

	/** Draws text in at most two lines within a width, cutting what does not fit. */
	private static void text(Graphics2D g, String text, float x, float y, float width) {
		FontMetrics metrics = g.getFontMetrics();
		StringBuilder line = new StringBuilder();
		int lines = 0;
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && metrics.stringWidth(candidate) > width) {
				g.drawString(line.toString(), x, y + lines * 12);
				if (++lines == 2) {
					return;
				}
				line = new StringBuilder(word);
			} else {
				line = new StringBuilder(candidate);
			}
		}
		g.drawString(line.toString(), x, y + lines * 12);
	}

	private static int parse(String number) {
		try {
			return Integer.parseInt(number.strip());
		} catch (NumberFormatException e) {
			return -1;
		}
	}
}
