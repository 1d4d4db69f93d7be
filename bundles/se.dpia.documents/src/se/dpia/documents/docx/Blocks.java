package se.dpia.documents.docx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

import se.dpia.documents.Templates;

/**
 * Walks the body of a filled template and writes its blocks into the Word document: headings, paragraphs, lists,
 * tables, pictures, the contents list as a Word table-of-contents field, and the running header.
 */
final class Blocks {

	private static final Set<String> INLINE = Set.of("strong", "b", "em", "i", "span", "a", "br", "small", "sup", "sub",
			"code", "u", "abbr", "label");
	private static final Set<String> SKIPPED = Set.of("head", "bookmarks", "script", "style", "caption");

	private final XWPFDocument document;
	private final Templates templates;
	private final ColumnWidths widths;
	private final Styles.Lists lists;
	private final Pictures pictures = new Pictures();

	Blocks(XWPFDocument document, Templates templates, ColumnWidths widths) {
		this.document = document;
		this.templates = templates;
		this.widths = widths;
		this.lists = new Styles.Lists(document);
	}

	/** Where paragraphs and tables go: the document's body or a table cell. */
	private interface Sink {
		XWPFParagraph paragraph();

		/** A new table, or null where none can go (inside a cell: its rows are written as paragraphs). */
		XWPFTable table(int rows, int columns);
	}

	private final class Body implements Sink {
		@Override
		public XWPFParagraph paragraph() {
			return document.createParagraph();
		}

		@Override
		public XWPFTable table(int rows, int columns) {
			List<IBodyElement> elements = document.getBodyElements();
			if (!elements.isEmpty() && elements.get(elements.size() - 1).getElementType() == BodyElementType.TABLE) {
				// two tables in a row would merge into one in Word: a small gap between them, as in the PDF
				XWPFParagraph gap = document.createParagraph();
				gap.setSpacingAfter(0);
				gap.setStyle(Styles.TABLE_TEXT);
			}
			return document.createTable(rows, columns);
		}
	}

	private static final class Cell implements Sink {
		private final XWPFTableCell cell;
		private boolean fresh = true;

		Cell(XWPFTableCell cell) {
			this.cell = cell;
		}

		@Override
		public XWPFParagraph paragraph() {
			if (fresh) {
				fresh = false;
				return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
			}
			return cell.addParagraph();
		}

		@Override
		public XWPFTable table(int rows, int columns) {
			return null;
		}
	}

	void body(Element body) throws IOException {
		if (body != null) {
			blocks(body, new Body(), null, Inline.Format.PLAIN);
		}
	}

	/**
	 * The children of a block: inline content runs into one paragraph (made when there is something to show), each
	 * block child makes its own.
	 */
	private void blocks(Element parent, Sink sink, String style, Inline.Format format) throws IOException {
		Inline open = null;
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Text text) {
				if (open == null && text.getData().isBlank()) {
					continue;
				}
				open = open != null ? open : paragraph(sink, style);
				open.node(text, format);
			} else if (child instanceof Element element) {
				String tag = element.getTagName().toLowerCase();
				if (INLINE.contains(tag)) {
					open = open != null ? open : paragraph(sink, style);
					open.node(element, format);
				} else {
					open = null;
					block(element, tag, sink, style, format);
				}
			}
		}
	}

	private void block(Element element, String tag, Sink sink, String style, Inline.Format format) throws IOException {
		String classes = " " + element.getAttribute("class") + " ";
		switch (tag) {
		case "h1", "h2", "h3", "h4", "h5", "h6" -> {
			Inline heading = paragraph(sink, Styles.HEADING + Math.min(4, tag.charAt(1) - '0'));
			if (classes.contains(" chapter ")) {
				heading.paragraph().setPageBreak(true);
			}
			inline(heading, element, Inline.Format.PLAIN);
		}
		case "p" -> {
			String own = classes.contains(" note ") ? Styles.NOTE : classes.contains(" lead ") ? Styles.LEAD
					: classes.contains(" draft-banner ") ? Styles.DRAFT : style;
			Inline paragraph = paragraph(sink, own);
			if (classes.contains(" box ")) {
				paragraph.paragraph().setSpacingBefore(DocxWriter.mm(2));
			}
			inline(paragraph, element, format.with(element));
		}
		case "ul", "ol" -> list(element, tag.equals("ol"), sink, format);
		case "table" -> {
			if (classes.contains(" heat ")) {
				heatMap(element, sink);
			} else {
				table(element, sink, format);
			}
		}
		case "object" -> {
			if ("dpia/flows".equals(element.getAttribute("type"))) {
				pictures.flows(sink.paragraph(), element);
			}
		}
		case "img" -> logo(element, sink);
		case "div" -> {
			if (classes.contains(" running ")) {
				header(element);
			} else if (classes.contains(" toc ")) {
				contents(element, sink);
			} else {
				blocks(element, sink, style, format);
			}
		}
		default -> {
			if (!SKIPPED.contains(tag)) {
				blocks(element, sink, style, format.with(element));
			}
		}
		}
	}

	private static Inline paragraph(Sink sink, String style) {
		XWPFParagraph paragraph = sink.paragraph();
		if (style != null) {
			paragraph.setStyle(style);
		}
		return new Inline(paragraph);
	}

	private static void inline(Inline paragraph, Element element, Inline.Format format) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			paragraph.node(child, format);
		}
	}

	/** A list: one numbered or bulleted paragraph per item. */
	private void list(Element list, boolean ordered, Sink sink, Inline.Format format) throws IOException {
		BigInteger numbering = lists.list(ordered);
		for (Node child = list.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element item && item.getTagName().equalsIgnoreCase("li")) {
				Inline paragraph = paragraph(sink, Styles.LIST);
				paragraph.paragraph().setNumID(numbering);
				paragraph.paragraph().setNumILvl(BigInteger.ZERO);
				for (Node part = item.getFirstChild(); part != null; part = part.getNextSibling()) {
					if (part instanceof Element block && !INLINE.contains(block.getTagName().toLowerCase())) {
						block(block, block.getTagName().toLowerCase(), sink, Styles.LIST, format);
					} else {
						paragraph.node(part, format);
					}
				}
			}
		}
	}

	/**
	 * The contents list as a Word table of contents (a TOC field of headings 2 and 3): it shows the template's list
	 * until Word updates it (F9, or References ▸ Update Table), which adds the page numbers.
	 */
	private void contents(Element toc, Sink sink) throws IOException {
		List<Element> items = new ArrayList<>();
		for (Node child = toc.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				String tag = element.getTagName().toLowerCase();
				if (tag.startsWith("h")) {
					inline(paragraph(sink, Styles.TOC_HEADING), element, Inline.Format.PLAIN);
				} else if (tag.equals("ol") || tag.equals("ul")) {
					for (Node item = element.getFirstChild(); item != null; item = item.getNextSibling()) {
						if (item instanceof Element li && li.getTagName().equalsIgnoreCase("li")) {
							items.add(li);
						}
					}
				} else {
					block(element, tag, sink, null, Inline.Format.PLAIN);
				}
			}
		}
		for (int i = 0; i < items.size(); i++) {
			Inline entry = paragraph(sink, Styles.TOC_ENTRY);
			if (i == 0) {
				entry.beginField("TOC \\o \"2-3\" \\h \\z \\u");
			}
			entry.text(Html.collapsed(items.get(i).getTextContent()), Inline.Format.PLAIN);
			if (i == items.size() - 1) {
				entry.endField();
			}
		}
	}

	/** The running header of every page, and the page numbers "N (M)" in the footer, as in the PDF. */
	private void header(Element running) {
		XWPFParagraph header = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		header.setStyle(Styles.HEADER);
		header.setBorderBottom(Borders.SINGLE);
		inline(new Inline(header), running, Inline.Format.PLAIN);
		XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
		footer.setStyle(Styles.FOOTER);
		footer.setAlignment(ParagraphAlignment.RIGHT);
		Inline numbers = new Inline(footer);
		numbers.beginField("PAGE");
		numbers.text("1", Inline.Format.PLAIN);
		numbers.endField();
		numbers.text(" (", Inline.Format.PLAIN);
		numbers.beginField("NUMPAGES");
		numbers.text("1", Inline.Format.PLAIN);
		numbers.endField();
		numbers.text(")", Inline.Format.PLAIN);
	}

	/** The logo, when the templates folder has the file the template names. */
	private void logo(Element image, Sink sink) throws IOException {
		String name = image.getAttribute("src").strip();
		if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.contains(":") || !templates.exists(name)) {
			return;
		}
		byte[] bytes;
		try (InputStream in = templates.open(name)) {
			if (in == null) {
				return;
			}
			bytes = in.readAllBytes();
		}
		pictures.image(sink.paragraph(), bytes, "logo", 14, image.getAttribute("alt"));
	}

	private void heatMap(Element table, Sink sink) throws IOException {
		Element caption = DocxWriter.element(table, "caption");
		String title = caption == null ? "" : Html.collapsed(caption.getTextContent());
		if (!title.isEmpty()) {
			inline(paragraph(sink, Styles.CAPTION), caption, Inline.Format.PLAIN);
		}
		pictures.heatMap(sink.paragraph(), table, title);
	}

	/** A table: header rows (thead) repeat on each page; row headers and column headers shaded and bold. */
	private void table(Element table, Sink sink, Inline.Format format) throws IOException {
		Element caption = DocxWriter.element(table, "caption");
		if (caption != null) {
			inline(paragraph(sink, Styles.CAPTION), caption, Inline.Format.PLAIN);
		}
		List<Element> rows = Html.rows(table);
		if (rows.isEmpty()) {
			return;
		}
		int columns = 1;
		for (Element row : rows) {
			int span = 0;
			for (Element cell : Html.cells(row)) {
				span += Html.colspan(cell);
			}
			columns = Math.max(columns, span);
		}
		XWPFTable word = sink.table(rows.size(), columns);
		if (word == null) {
			for (Element row : rows) {
				for (Element cell : Html.cells(row)) {
					blocks(cell, sink, null, format.with(cell));
				}
			}
			return;
		}
		String classes = table.getAttribute("class");
		int[] grid = widths.of(classes, columns, DocxWriter.TEXT_WIDTH);
		layout(word, grid);
		boolean signature = (" " + classes + " ").contains(" signature ");
		for (int r = 0; r < rows.size(); r++) {
			Element row = rows.get(r);
			XWPFTableRow wordRow = word.getRow(r);
			wordRow.setCantSplitRow(true);
			if (((Element) row.getParentNode()).getTagName().equalsIgnoreCase("thead")) {
				wordRow.setRepeatHeader(true);
			}
			int column = 0;
			int index = 0;
			boolean tall = false;
			for (Element cell : Html.cells(row)) {
				int span = Math.min(Html.colspan(cell), columns - column);
				XWPFTableCell wordCell = wordRow.getCell(index);
				for (int extra = 1; extra < span; extra++) {
					wordRow.removeCell(index + 1);
				}
				int width = 0;
				for (int c = column; c < column + span; c++) {
					width += grid[c];
				}
				CTTcPr properties = wordCell.getCTTc().isSetTcPr() ? wordCell.getCTTc().getTcPr() : wordCell.getCTTc().addNewTcPr();
				CTTblWidth cellWidth = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
				cellWidth.setType(STTblWidth.DXA);
				cellWidth.setW(BigInteger.valueOf(width));
				if (span > 1) {
					properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
				}
				boolean header = cell.getTagName().equalsIgnoreCase("th");
				if (header) {
					wordCell.setColor(Styles.HEADER_FILL);
				}
				blocks(cell, new Cell(wordCell), header ? Styles.TABLE_HEADING : Styles.TABLE_TEXT, format.with(cell));
				wordCell.getParagraphs().stream().filter(p -> p.getStyle() == null)
						.forEach(p -> p.setStyle(header ? Styles.TABLE_HEADING : Styles.TABLE_TEXT));
				tall |= signature && !header && Html.collapsed(cell.getTextContent()).isEmpty()
						&& !(" " + cell.getAttribute("class") + " ").contains(" filled ");
				column += span;
				index++;
			}
			// cells a short row does not fill stay empty
			if (tall) {
				wordRow.setHeight(DocxWriter.mm(12)); // room for a signature by hand, as in the PDF
			}
		}
	}

	private static void layout(XWPFTable table, int[] grid) {
		CTTblPr properties = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
		CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(DocxWriter.TEXT_WIDTH));
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
		var tableGrid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
		while (tableGrid.sizeOfGridColArray() > 0) {
			tableGrid.removeGridCol(0);
		}
		for (int column : grid) {
			tableGrid.addNewGridCol().setW(BigInteger.valueOf(column));
		}
		// the borders of dokument.css: 0.5pt grey
		table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, Styles.BORDER);
		table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, Styles.BORDER);
		table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, Styles.BORDER);
		table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, Styles.BORDER);
		table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, Styles.BORDER);
		table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, Styles.BORDER);
		table.setCellMargins(DocxWriter.mm(1), DocxWriter.mm(1.5), DocxWriter.mm(1), DocxWriter.mm(1.5));
	}
}
