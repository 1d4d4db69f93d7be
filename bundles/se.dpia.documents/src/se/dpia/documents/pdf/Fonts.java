package se.dpia.documents.pdf;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The DejaVu fonts, from the {@code jasperreports-fonts} artifact: they cover å, ä, ö and the checklist marks
 * ✓ and ☐. Every document uses only these (CSS family {@value #FAMILY}), embedded as subsets, as PDF/A and PDF/UA
 * require; the engine's built-in fonts are never used.
 * <p>
 * The four files are parsed once per process, not once per document: a parsed set ({@link Parsed}) is lent to one
 * document at a time and given back when the document is saved, so documents laid out in parallel never share one
 * (FontBox reads a font's tables lazily from one buffer). The embedded subsets are made from the same parsed font as
 * before, so the bytes are the same.
 * <p>
 * Glyph substitution (the fonts' GSUB table) is off, so "fi", "fl" and "ff" are drawn as their letters, not as
 * DejaVu's ligatures: with them, the text a reader copies or searches for held U+FB01 ("konﬁdentialitet",
 * "ﬁnns"), which a search for "finns" or a screen reader need not match; the engine measured each word without
 * ligatures while PDFBox drew it with them; and PDFBox built the substitution's patterns again for every run of
 * text, 12 % of the time a long document took to lay out and paint.
 */
public final class Fonts {

	/** The CSS font family the templates name. */
	public static final String FAMILY = "DejaVu Sans";

	private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

	private Fonts() {
	}

	private static final String[] FILES = { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
			"DejaVuSans-BoldOblique.ttf" };

	/** Parsed sets not lent out now; at most as many as documents were ever laid out at the same time. */
	private static final ConcurrentLinkedQueue<Parsed> IDLE = new ConcurrentLinkedQueue<>();

	/** The four DejaVu faces parsed once, for one document at a time. */
	static final class Parsed {

		private final TrueTypeFont[] faces = new TrueTypeFont[FILES.length];

		private Parsed() throws IOException {
			for (int i = 0; i < FILES.length; i++) {
				try (InputStream in = open(FILES[i])) {
					// as PDType0Font.load(document, stream, true) parses it, but kept for the next document
					faces[i] = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
					faces[i].setEnableGsub(false);
				}
			}
		}
	}

	/** A parsed set for one document: give it back with {@link #giveBack(Parsed)} when the document is saved. */
	static Parsed borrow() throws IOException {
		Parsed parsed = IDLE.poll();
		return parsed != null ? parsed : new Parsed();
	}

	static void giveBack(Parsed parsed) {
		IDLE.offer(parsed);
	}

	/**
	 * Gives the engine the four faces for {@code document}, each embedded (as a subset) only when the document
	 * uses it.
	 */
	static void register(PdfRendererBuilder builder, PDDocument document, Parsed parsed) {
		builder.useFont(new Face(document, parsed.faces[0]), FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(new Face(document, parsed.faces[1]), FAMILY, 700, FontStyle.NORMAL, true);
		builder.useFont(new Face(document, parsed.faces[2]), FAMILY, 400, FontStyle.ITALIC, true);
		builder.useFont(new Face(document, parsed.faces[3]), FAMILY, 700, FontStyle.ITALIC, true);
	}

	/** One face loaded into a document when the engine first needs it. */
	private static final class Face extends PDFontSupplier {

		private final PDDocument document;
		private final TrueTypeFont face;
		private PDFont font;

		Face(PDDocument document, TrueTypeFont face) {
			super(null);
			this.document = document;
			this.face = face;
		}

		@Override
		public PDFont supply() {
			if (font == null) {
				try {
					font = PDType0Font.load(document, face, true);
				} catch (IOException e) {
					throw new UncheckedIOException("DejaVu from jasperreports-fonts cannot be embedded", e);
				}
			}
			return font;
		}
	}

	/**
	 * DejaVu as an AWT font for diagrams drawn with Graphics2D: made from the same file, so it needs no fonts
	 * installed on the machine, and the engine maps it to the embedded DejaVu by its family name.
	 */
	public static synchronized java.awt.Font awt(boolean bold) {
		int index = bold ? 1 : 0;
		if (AWT[index] == null) {
			try (InputStream in = open(bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf")) {
				AWT[index] = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
			} catch (java.awt.FontFormatException | java.io.IOException e) {
				throw new IllegalStateException("DejaVu from jasperreports-fonts cannot be read as a font", e);
			}
		}
		return AWT[index];
	}

	private static final java.awt.Font[] AWT = new java.awt.Font[2];

	static InputStream open(String file) {
		InputStream in = Fonts.class.getClassLoader().getResourceAsStream(FOLDER + file);
		if (in == null) {
			throw new UncheckedIOException(new FileNotFoundException(
					"font " + file + " is missing from the jasperreports-fonts bundle; check the target platform"));
		}
		return in;
	}
}
