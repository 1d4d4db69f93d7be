package se.dpia.documents.pdf;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu fonts, from the {@code jasperreports-fonts} artifact: they cover å, ä, ö and the checklist marks
 * ✓ and ☐. Fonts are embedded (subset) in every document, as PDF/A requires.
 */
public final class Fonts {

	private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

	private final PDType0Font regular;
	private final PDType0Font bold;

	private Fonts(PDType0Font regular, PDType0Font bold) {
		this.regular = regular;
		this.bold = bold;
	}

	public static Fonts load(PDDocument document) throws IOException {
		return new Fonts(font(document, "DejaVuSans.ttf"), font(document, "DejaVuSans-Bold.ttf"));
	}

	private static PDType0Font font(PDDocument document, String file) throws IOException {
		try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
			if (in == null) {
				throw new IOException("font " + file + " is missing from the jasperreports-fonts bundle");
			}
			return PDType0Font.load(document, in, true);
		}
	}

	public PDType0Font regular() {
		return regular;
	}

	public PDType0Font bold() {
		return bold;
	}
}
