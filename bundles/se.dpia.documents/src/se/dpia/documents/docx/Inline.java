package se.dpia.documents.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The text of one Word paragraph, filled from inline XHTML (text, {@code strong}, {@code em}, {@code span},
 * {@code a}, {@code br}) as a browser shows it: white space collapsed to one space and dropped at the start and end
 * of the paragraph; in a {@code class="text"} element (CSS {@code white-space: pre-line}) line breaks are kept.
 */
final class Inline {

	/** How a run looks: bold, italic, a note's small grey, the draft's red; whether line breaks are kept. */
	record Format(boolean bold, boolean italic, boolean note, boolean red, boolean preLine) {
		static final Format PLAIN = new Format(false, false, false, false, false);

		Format with(Element element) {
			String tag = element.getTagName().toLowerCase();
			String classes = " " + element.getAttribute("class") + " ";
			return new Format(bold || tag.equals("strong") || tag.equals("b"), italic || tag.equals("em") || tag.equals("i"),
					note || classes.contains(" note "), red || classes.contains(" draft "), preLine || classes.contains(" text "));
		}
	}

	private final XWPFParagraph paragraph;
	private boolean space;
	private boolean start = true;

	Inline(XWPFParagraph paragraph) {
		this.paragraph = paragraph;
	}

	XWPFParagraph paragraph() {
		return paragraph;
	}

	/** An inline node and what it holds. */
	void node(Node node, Format format) {
		if (node instanceof Text text) {
			text(text.getData(), format);
		} else if (node instanceof Element element) {
			String tag = element.getTagName().toLowerCase();
			if (tag.equals("br")) {
				lineBreak();
				return;
			}
			Format inner = format.with(element);
			for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
				node(child, inner);
			}
		}
	}

	void text(String text, Format format) {
		if (format.preLine()) {
			String[] lines = text.split("\r?\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					lineBreak();
				}
				words(lines[i], format);
			}
		} else {
			words(text, format);
		}
	}

	private void words(String text, Format format) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) && c != '\u00a0') {
				space = !start;
			} else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
				start = false;
			}
		}
		if (!out.isEmpty()) {
			XWPFRun run = paragraph.createRun();
			run.setText(out.toString());
			if (format.bold() || format.red()) {
				run.setBold(true);
			}
			if (format.italic()) {
				run.setItalic(true);
			}
			if (format.note()) {
				run.setColor(Styles.GREY);
				run.setFontSize(8.5);
			}
			if (format.red()) {
				run.setColor(Styles.RED);
			}
		}
	}

	void lineBreak() {
		paragraph.createRun().addBreak();
		space = false;
		start = true;
	}

	/** Opens a field (PAGE, NUMPAGES, TOC): its instruction; the result follows as text, then {@link #endField()}. */
	void beginField(String instruction) {
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		XWPFRun code = paragraph.createRun();
		var text = code.getCTR().addNewInstrText();
		text.setStringValue(" " + instruction + " ");
		text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
	}

	void endField() {
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}
}
