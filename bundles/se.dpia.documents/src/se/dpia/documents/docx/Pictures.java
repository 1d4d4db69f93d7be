package se.dpia.documents.docx;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import se.dpia.documents.pdf.FlowDiagram;
import se.dpia.documents.pdf.Fonts;

/**
 * The documents' drawings as PNG pictures in the Word file: the heat maps (a {@code table.heat} of the XHTML, drawn
 * cell by cell in the risk bands' colours of {@code dokument.css}) and the data-flow diagram (drawn by the PDF's own
 * {@link FlowDiagram}). Each carries its alternative text, as the PDF's figures do. Drawn at twice their size in
 * the document, so they print sharply.
 */
final class Pictures {

	/** A CSS pixel in EMU (1/96 inch). */
	private static final int PIXEL = Units.EMU_PER_PIXEL;
	private static final int SCALE = 2;
	/** The bands' colours of dokument.css (td.acceptable, td.elevated, td.high, td.none) and the axis cells'. */
	private static final Map<String, Color> BANDS = Map.of("acceptable", new Color(0xbe, 0xe6, 0xbe), "elevated",
			new Color(0xff, 0xdc, 0x82), "high", new Color(0xf5, 0xa0, 0xa0), "none", Color.WHITE);
	private static final Color AXIS = new Color(0xe8, 0xee, 0xf3);
	private static final Color BORDER = new Color(0x99, 0x99, 0x99);
	private static final Color INK = new Color(0x11, 0x11, 0x11);
	private static final Pattern SIZE = Pattern.compile("(width|height)\\s*:\\s*(\\d+(?:\\.\\d+)?)px");

	private int count;

	/** The data-flow diagram of an {@code <object type="dpia/flows">}, at the size its style gives. */
	void flows(XWPFParagraph paragraph, Element object) throws IOException {
		float width = 640;
		float height = 300;
		Matcher size = SIZE.matcher(object.getAttribute("style"));
		while (size.find()) {
			if (size.group(1).equals("width")) {
				width = Float.parseFloat(size.group(2));
			} else {
				height = Float.parseFloat(size.group(2));
			}
		}
		float w = width;
		float h = height;
		byte[] png = draw(Math.round(w), Math.round(h), g -> FlowDiagram.paint(object, g, w, h));
		add(paragraph, png, Math.round(w), Math.round(h), "dataflodesdiagram", object.getAttribute("alt"));
	}

	/** A heat map table as a picture, its text as the alternative text. */
	void heatMap(XWPFParagraph paragraph, Element table, String caption) throws IOException {
		List<List<Element>> rows = new ArrayList<>();
		for (Element row : Html.rows(table)) {
			List<Element> cells = new ArrayList<>();
			for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNextSibling()) {
				if (cell instanceof Element element && (element.getTagName().equals("td") || element.getTagName().equals("th"))) {
					cells.add(element);
				}
			}
			if (!cells.isEmpty()) {
				rows.add(cells);
			}
		}
		if (rows.isEmpty()) {
			return;
		}
		int columns = rows.stream().mapToInt(List::size).max().orElse(1);
		int width = 640;
		float cellWidth = (float) width / columns;
		Font font = Fonts.awt(false).deriveFont(9.5f);
		Font bold = Fonts.awt(true).deriveFont(9.5f);
		// each row as tall as its fullest cell needs (11 mm at least, as in the PDF): no risk id is cut off
		int[] tops = new int[rows.size() + 1];
		Graphics2D measure = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		try {
			for (int r = 0; r < rows.size(); r++) {
				int lines = 1;
				for (Element cell : rows.get(r)) {
					measure.setFont(cell.getTagName().equals("th") ? bold : font);
					lines = Math.max(lines, lines(measure.getFontMetrics(), Html.collapsed(cell.getTextContent()), cellWidth - 8).size());
				}
				tops[r + 1] = tops[r] + Math.max(42, lines * measure.getFontMetrics().getHeight() + 10);
			}
		} finally {
			measure.dispose();
		}
		int height = tops[rows.size()] + 1;
		byte[] png = draw(width + 1, height, g -> {
			for (int r = 0; r < rows.size(); r++) {
				List<Element> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					Element cell = cells.get(c);
					boolean axis = cell.getTagName().equals("th");
					Color fill = axis ? AXIS : BANDS.getOrDefault(cell.getAttribute("class").trim(), Color.WHITE);
					Rectangle2D box = new Rectangle2D.Float(c * cellWidth, tops[r], cellWidth, tops[r + 1] - tops[r]);
					g.setColor(fill);
					g.fill(box);
					g.setColor(BORDER);
					g.setStroke(new BasicStroke(1f));
					g.draw(box);
					g.setColor(INK);
					g.setFont(axis ? bold : font);
					centred(g, Html.collapsed(cell.getTextContent()), box);
				}
			}
		});
		add(paragraph, png, width + 1, height, "riskkarta", describe(caption, rows));
	}

	/** "Before measures: 4 Very high / 2 Limited: R1, R3; ...": every cell that holds risks, with its axes. */
	private static String describe(String caption, List<List<Element>> rows) {
		StringBuilder text = new StringBuilder(caption == null ? "" : caption);
		List<Element> head = rows.get(0);
		for (List<Element> row : rows.subList(1, rows.size())) {
			for (int c = 1; c < row.size(); c++) {
				String risks = Html.collapsed(row.get(c).getTextContent());
				if (!risks.isEmpty()) {
					text.append(text.isEmpty() ? "" : "; ").append(Html.collapsed(row.get(0).getTextContent())).append(" / ")
							.append(c < head.size() ? Html.collapsed(head.get(c).getTextContent()) : "").append(": ")
							.append(risks);
				}
			}
		}
		return text.toString();
	}

	/** A picture file of the template folder (the logo), at a height in millimetres. */
	void image(XWPFParagraph paragraph, byte[] bytes, String name, double heightMm, String alt) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		if (image == null) {
			return; // not a picture Java can read: left out, as the PDF leaves out what it cannot show
		}
		int type = bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 ? Document.PICTURE_TYPE_JPEG
				: Document.PICTURE_TYPE_PNG;
		if (type == Document.PICTURE_TYPE_PNG && !(bytes.length > 3 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G')) {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			bytes = png.toByteArray();
		}
		long height = Math.round(heightMm * Units.EMU_PER_CENTIMETER / 10);
		long width = Math.round((double) height * image.getWidth() / image.getHeight());
		insert(paragraph, bytes, type, name, width, height, alt);
	}

	private static byte[] draw(int width, int height, java.util.function.Consumer<Graphics2D> painter) throws IOException {
		BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.scale(SCALE, SCALE);
			painter.accept(g);
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private void add(XWPFParagraph paragraph, byte[] png, int width, int height, String name, String alt) throws IOException {
		insert(paragraph, png, Document.PICTURE_TYPE_PNG, name, (long) width * PIXEL, (long) height * PIXEL, alt);
	}

	private void insert(XWPFParagraph paragraph, byte[] bytes, int type, String name, long width, long height, String alt)
			throws IOException {
		long maximum = (long) DocxWriter.TEXT_WIDTH * Units.EMU_PER_POINT / 20;
		if (width > maximum) {
			height = height * maximum / width;
			width = maximum;
		}
		XWPFRun run = paragraph.createRun();
		String file = name + "-" + ++count + (type == Document.PICTURE_TYPE_JPEG ? ".jpg" : ".png");
		try {
			run.addPicture(new ByteArrayInputStream(bytes), type, file, (int) width, (int) height);
		} catch (InvalidFormatException e) {
			throw new IOException("the picture " + file + " cannot be added: " + e.getMessage(), e);
		}
		var inline = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1).getInlineArray(0);
		inline.getDocPr().setId(count); // unique in the document, from 1
		inline.getDocPr().setDescr(alt == null ? "" : alt);
		inline.getDocPr().setName(file);
		var picture = run.getEmbeddedPictures().get(run.getEmbeddedPictures().size() - 1).getCTPicture();
		picture.getNvPicPr().getCNvPr().setDescr(alt == null ? "" : alt);
		picture.getNvPicPr().getCNvPr().setName(file);
		picture.getNvPicPr().getCNvPr().setId(count);
	}

	/** Text centred in a box, wrapped at spaces. */
	private static void centred(Graphics2D g, String text, Rectangle2D box) {
		FontMetrics metrics = g.getFontMetrics();
		List<String> lines = lines(metrics, text, box.getWidth() - 8);
		int lineHeight = metrics.getHeight();
		double top = box.getCenterY() - lines.size() * lineHeight / 2.0 + metrics.getAscent();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			g.drawString(line, (float) (box.getCenterX() - metrics.stringWidth(line) / 2.0), (float) (top + i * lineHeight));
		}
	}

	/** Text broken at spaces into lines of at most a width (a longer word stands alone on its line). */
	private static List<String> lines(FontMetrics metrics, String text, double room) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && metrics.stringWidth(candidate) > room) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			} else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}
}
