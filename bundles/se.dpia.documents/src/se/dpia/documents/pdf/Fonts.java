package se.dpia.documents.pdf;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.FileNotFoundException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The DejaVu fonts, from the {@code jasperreports-fonts} artifact: they cover å, ä, ö and the checklist marks
 * ✓ and ☐. Every document uses only these (CSS family {@value #FAMILY}), embedded as subsets, as PDF/A and PDF/UA
 * require; the engine's built-in fonts are never used.
 */
public final class Fonts {

	/** The CSS font family the templates name. */
	public static final String FAMILY = "DejaVu Sans";

	private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

	private Fonts() {
	}

	static void register(PdfRendererBuilder builder) {
		builder.useFont(() -> open("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> open("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
		builder.useFont(() -> open("DejaVuSans-Oblique.ttf"), FAMILY, 400, FontStyle.ITALIC, true);
		builder.useFont(() -> open("DejaVuSans-BoldOblique.ttf"), FAMILY, 700, FontStyle.ITALIC, true);
	}

	/**
	 * DejaVu as an AWT font for diagrams drawn with Graphics2D: made from the same file, so it needs no fonts
	 * installed on the machine, and the engine maps it to the embedded DejaVu by its family name.
	 */
	static synchronized java.awt.Font awt(boolean bold) {
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
