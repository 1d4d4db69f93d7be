package se.dpia.documents.docx;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading a filled template's XHTML: a table's rows and cells, a cell's span, text as a browser shows it. */
final class Html {

	private Html() {
	}

	/** The rows of a table: its thead's, tbody's and tfoot's in order, and rows directly in the table. */
	static List<Element> rows(Element table) {
		List<Element> rows = new ArrayList<>();
		for (Node child = table.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				String tag = element.getTagName().toLowerCase();
				if (tag.equals("tr")) {
					rows.add(element);
				} else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
					for (Node row = element.getFirstChild(); row != null; row = row.getNextSibling()) {
						if (row instanceof Element tr && tr.getTagName().equalsIgnoreCase("tr")) {
							rows.add(tr);
						}
					}
				}
			}
		}
		return rows;
	}

	/** The td and th cells of a row. */
	static List<Element> cells(Element row) {
		List<Element> cells = new ArrayList<>();
		for (Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element cell && (cell.getTagName().equalsIgnoreCase("td") || cell.getTagName().equalsIgnoreCase("th"))) {
				cells.add(cell);
			}
		}
		return cells;
	}

	/** How many columns a cell spans: its colspan, at least 1. */
	static int colspan(Element cell) {
		try {
			return Math.max(1, Integer.parseInt(cell.getAttribute("colspan").strip()));
		} catch (NumberFormatException e) {
			return 1;
		}
	}

	/** Text with white space collapsed, as a browser shows it. */
	static String collapsed(String text) {
		return text == null ? "" : text.replaceAll("[\\s&&[^\u00a0]]+", " ").strip();
	}
}
