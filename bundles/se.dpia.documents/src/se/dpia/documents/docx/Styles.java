package se.dpia.documents.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word styles of the documents, after {@code dokument.css}: Normal, Heading 1–4 with their outline levels (what
 * Word's navigation pane and table of contents read), the lead, note and draft paragraphs, table text and table
 * headings, list paragraphs, caption, TOC heading and TOC entries; and the numbering of bullet and numbered lists.
 * Built-in styles keep Word's ids and names ({@code Heading1} / {@code heading 1}), so Word and LibreOffice treat them
 * as their own headings. The text's language (spelling) is the template's {@code <html lang>}.
 */
final class Styles {

	static final String HEADING = "Heading";
	static final String LEAD = "Lead";
	static final String NOTE = "Note";
	static final String DRAFT = "DraftBanner";
	static final String TABLE_TEXT = "TableText";
	static final String TABLE_HEADING = "TableHeading";
	static final String LIST = "ListParagraph";
	static final String CAPTION = "Caption";
	static final String TOC_HEADING = "TOCHeading";
	static final String TOC_ENTRY = "TOC2";
	static final String HEADER = "Header";
	static final String FOOTER = "Footer";

	/** Ink, the headings' blue, the notes' grey and the draft's red of dokument.css. */
	static final String INK = "111111";
	static final String BLUE = "0B3A5D";
	static final String GREY = "333333";
	static final String RED = "A00000";
	static final String HEADER_FILL = "E8EEF3";
	static final String BORDER = "999999";
	/** The family the documents use: metric-compatible Liberation Sans where Arial is missing (LibreOffice). */
	static final String FONT = "Arial";

	private Styles() {
	}

	static void define(XWPFDocument document, String language, boolean plain) {
		CTStyles styles = CTStyles.Factory.newInstance();
		var defaults = styles.addNewDocDefaults();
		CTRPr run = defaults.addNewRPrDefault().addNewRPr();
		fonts(run.addNewRFonts());
		run.addNewSz().setVal(BigInteger.valueOf(plain ? 22 : 19));
		run.addNewSzCs().setVal(BigInteger.valueOf(plain ? 22 : 19));
		run.addNewColor().setVal(INK);
		if (language != null && !language.isBlank()) {
			run.addNewLang().setVal(language);
		}
		CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
		spacing.setAfter(BigInteger.valueOf(DocxWriter.mm(2)));
		spacing.setLine(BigInteger.valueOf(plain ? 360 : 336));

		CTStyle normal = paragraph(styles, "Normal", "Normal", null);
		normal.addNewQFormat();
		String[] sizes = plain ? new String[] { "40", "28", "24", "22" } : new String[] { "40", "27", "22", "19" };
		int[] before = { 0, 7, 5, 3 };
		for (int level = 1; level <= 4; level++) {
			CTStyle heading = paragraph(styles, HEADING + level, "heading " + level, "Normal");
			heading.addNewNext().setVal("Normal");
			heading.addNewQFormat();
			heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
			CTPPrGeneral paragraph = heading.addNewPPr();
			paragraph.addNewKeepNext();
			paragraph.addNewKeepLines();
			CTSpacing space = paragraph.addNewSpacing();
			space.setBefore(BigInteger.valueOf(DocxWriter.mm(before[level - 1])));
			space.setAfter(BigInteger.valueOf(DocxWriter.mm(level == 1 ? 3 : 1.5)));
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
			CTRPr text = heading.addNewRPr();
			text.addNewB();
			text.addNewBCs();
			if (level <= 2) {
				text.addNewColor().setVal(BLUE);
			}
			text.addNewSz().setVal(new BigInteger(sizes[level - 1]));
			text.addNewSzCs().setVal(new BigInteger(sizes[level - 1]));
		}
		size(paragraph(styles, LEAD, "Lead", "Normal").addNewRPr(), 22);
		CTRPr note = paragraph(styles, NOTE, "Note", "Normal").addNewRPr();
		note.addNewColor().setVal(GREY);
		size(note, plain ? 20 : 17);
		CTStyle draft = paragraph(styles, DRAFT, "Draft banner", "Normal");
		var border = draft.addNewPPr().addNewPBdr();
		for (var side : new org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder[] { border.addNewTop(),
				border.addNewLeft(), border.addNewBottom(), border.addNewRight() }) {
			side.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
			side.setSz(BigInteger.valueOf(12));
			side.setSpace(BigInteger.valueOf(4));
			side.setColor(RED);
		}
		CTRPr draftText = draft.addNewRPr();
		draftText.addNewB();
		draftText.addNewColor().setVal(RED);
		size(draftText, 28);
		CTStyle cell = paragraph(styles, TABLE_TEXT, "Table text", "Normal");
		CTSpacing cellSpacing = cell.addNewPPr().addNewSpacing();
		cellSpacing.setAfter(BigInteger.ZERO);
		cellSpacing.setLine(BigInteger.valueOf(264));
		CTStyle head = paragraph(styles, TABLE_HEADING, "Table heading", TABLE_TEXT);
		head.addNewRPr().addNewB();
		CTStyle list = paragraph(styles, LIST, "List Paragraph", "Normal");
		list.addNewPPr().addNewContextualSpacing();
		CTStyle caption = paragraph(styles, CAPTION, "caption", "Normal");
		caption.addNewPPr().addNewKeepNext();
		caption.addNewRPr().addNewB();
		CTStyle tocHeading = paragraph(styles, TOC_HEADING, "TOC Heading", HEADING + "2");
		tocHeading.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(9)); // not itself in the contents
		paragraph(styles, "TOC1", "toc 1", "Normal");
		paragraph(styles, TOC_ENTRY, "toc 2", "Normal").addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(DocxWriter.mm(0.8)));
		paragraph(styles, "TOC3", "toc 3", "Normal").addNewPPr().addNewInd().setLeft(BigInteger.valueOf(DocxWriter.mm(4)));
		CTRPr header = paragraph(styles, HEADER, "header", "Normal").addNewRPr();
		header.addNewColor().setVal("444444");
		size(header, 15);
		CTRPr footer = paragraph(styles, FOOTER, "footer", "Normal").addNewRPr();
		footer.addNewColor().setVal("444444");
		size(footer, 16);
		CTStyle link = styles.addNewStyle();
		link.setType(STStyleType.CHARACTER);
		link.setStyleId("Hyperlink");
		link.addNewName().setVal("Hyperlink");
		link.addNewRPr().addNewColor().setVal(INK);
		document.createStyles().setStyles(styles);
	}

	/** The numbering of lists: a bullet list, and a numbered list that each {@code <ol>} restarts from 1. */
	static final class Lists {
		private final XWPFDocument document;
		private XWPFNumbering numbering;
		private BigInteger bullets;
		private BigInteger numbered;

		Lists(XWPFDocument document) {
			this.document = document;
		}

		/** The numbering of a new list (a numbered list starts again at 1); a document without lists has none. */
		BigInteger list(boolean ordered) {
			if (numbering == null) {
				numbering = document.createNumbering();
			}
			if (!ordered) {
				if (bullets == null) {
					bullets = numbering.addNum(numbering.addAbstractNum(abstractList(0, STNumberFormat.BULLET, "•")));
				}
				return bullets;
			}
			if (numbered == null) {
				numbered = numbering.addAbstractNum(abstractList(1, STNumberFormat.DECIMAL, "%1."));
			}
			BigInteger id = numbering.addNum(numbered);
			CTNumLvl restart = numbering.getNum(id).getCTNum().addNewLvlOverride();
			restart.setIlvl(BigInteger.ZERO);
			restart.addNewStartOverride().setVal(BigInteger.ONE);
			return id;
		}

		private static XWPFAbstractNum abstractList(int id, STNumberFormat.Enum format, String text) {
			CTAbstractNum list = CTAbstractNum.Factory.newInstance();
			list.setAbstractNumId(BigInteger.valueOf(id));
			CTLvl level = list.addNewLvl();
			level.setIlvl(BigInteger.ZERO);
			level.addNewStart().setVal(BigInteger.ONE);
			level.addNewNumFmt().setVal(format);
			level.addNewLvlText().setVal(text);
			var indent = level.addNewPPr().addNewInd();
			indent.setLeft(BigInteger.valueOf(DocxWriter.mm(6)));
			indent.setHanging(BigInteger.valueOf(DocxWriter.mm(4)));
			return new XWPFAbstractNum(list);
		}
	}

	private static CTStyle paragraph(CTStyles styles, String id, String name, String basedOn) {
		CTStyle style = styles.addNewStyle();
		style.setType(STStyleType.PARAGRAPH);
		style.setStyleId(id);
		style.addNewName().setVal(name);
		if (basedOn != null) {
			style.addNewBasedOn().setVal(basedOn);
		}
		if ("Normal".equals(id)) {
			style.setDefault(true);
		}
		return style;
	}

	private static void size(CTRPr run, int halfPoints) {
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
	}

	private static void fonts(CTFonts fonts) {
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
	}
}
