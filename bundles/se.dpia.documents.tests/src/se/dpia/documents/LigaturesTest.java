package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents' text is the letters of the sources: "fi", "fl" and "ff" are drawn as two glyphs, never as a
 * ligature whose text is U+FB01 and the like, which a search for "finns" or a screen reader need not match. Read
 * glyph by glyph, before PDFBox's own text extraction folds ligatures back (as pdftotext does not).
 */
class LigaturesTest {

	@Test
	void theExamplesDocumentsHoldNoLigatureAndTheirFsStayLetters(@TempDir Path out) throws Exception {
		List<Path> pdfs = ExampleFolder.generate(Language.SV, out);

		StringBuilder glyphs = new StringBuilder();
		for (Path pdf : pdfs) {
			glyphs.append(glyphText(pdf)).append('\n');
		}

		List<String> ligatures = new ArrayList<>();
		glyphs.codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06).forEach(c -> ligatures.add(String.format("U+%04X", c)));
		assertEquals(List.of(), ligatures, "ligatures drawn");
		// the example's words with f + i, l, f: present as letters, so the check above had something to find
		assertTrue(glyphs.indexOf("konfidentialitet") >= 0, "no 'konfidentialitet' in the glyphs' text");
		assertTrue(glyphs.indexOf("finns") >= 0, "no 'finns' in the glyphs' text");
		assertTrue(glyphs.indexOf("flöde") >= 0, "no 'flöde' in the glyphs' text");
	}

	/** Each glyph's text in the order drawn, without PDFTextStripper's folding of ligatures. */
	private static String glyphText(Path pdf) throws IOException {
		StringBuilder text = new StringBuilder();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition position) {
				text.append(position.getUnicode());
			}
		};
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			stripper.getText(document);
		}
		return text.toString();
	}
}
