package se.dpia.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters the documents' font ({@link Fonts}, DejaVu Sans) can draw. The layout engine draws any other
 * character as {@code #} without a word, so text in scripts DejaVu does not cover (CJK, Thai, Devanagari, most emoji)
 * is found before anything is written, and reported.
 */
public final class FontCoverage {

	private static volatile boolean[] covered;

	private FontCoverage() {
	}

	/** Whether DejaVu Sans has a glyph for the character; whitespace and invisible format characters count as drawn. */
	public static boolean canDraw(int codePoint) {
		int type = Character.getType(codePoint);
		if (Character.isWhitespace(codePoint) || type == Character.CONTROL || type == Character.FORMAT) {
			return true; // laid out as space or not drawn at all
		}
		boolean[] table = table();
		return codePoint < table.length && table[codePoint];
	}

	/** The first character of {@code text} the font cannot draw, or -1. */
	public static int firstMissing(String text) {
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (!canDraw(c)) {
				return c;
			}
			i += Character.charCount(c);
		}
		return -1;
	}

	private static boolean[] table() {
		boolean[] table = covered;
		if (table == null) {
			synchronized (FontCoverage.class) {
				if (covered == null) {
					covered = read();
				}
				table = covered;
			}
		}
		return table;
	}

	private static boolean[] read() {
		try (InputStream in = Fonts.open("DejaVuSans.ttf");
				TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
			CmapLookup cmap = font.getUnicodeCmapLookup();
			boolean[] table = new boolean[Character.MAX_CODE_POINT + 1];
			for (int c = 0; c < table.length; c++) {
				table[c] = cmap.getGlyphId(c) != 0;
			}
			return table;
		} catch (IOException e) {
			throw new UncheckedIOException("DejaVu Sans from jasperreports-fonts cannot be read as a font", e);
		}
	}
}
