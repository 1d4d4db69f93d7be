package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tables keep their columns: no glyph of any page body of any document of either example, in either language, lies
 * beyond the right margin. veraPDF cannot see a column cut off at the page edge; this test can. The content box is
 * the page less the margins of {@code dokument.css} ({@code @page { margin: 24mm 18mm 20mm 20mm }}).
 */
class PageMarginsTest {

	private static final float MM = 72f / 25.4f;
	private static final float TOP = 24 * MM;
	private static final float RIGHT = 18 * MM;
	private static final float BOTTOM = 20 * MM;
	/** Half a point: rounding in the layout, not a glyph that left the page body. */
	private static final float TOLERANCE = 0.5f;

	@TempDir
	Path out;

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource({ "ange-trygghetskamera, SV", "ange-trygghetskamera, EN", "nynashamn-pilot, SV", "nynashamn-pilot, EN" })
	void noGlyphOfThePageBodyLiesBeyondTheRightMargin(String example, Language language) throws Exception {
		List<Path> files = ExampleFolder.generate(DpiaReportTest.ROOT.resolve("examples").resolve(example), language, out);
		assertFalse(files.isEmpty(), "the example gives documents");
		if (example.startsWith("ange")) {
			assertTrue(files.stream().anyMatch(file -> file.getFileName().toString().startsWith(
					language == Language.SV ? "pub-avtal-" : "dpa-pub")), "the PUB agreement is among them: " + files);
		}
		for (String kind : List.of("information-")) { // the kinds of one file per rule, besides the report
			assertTrue(files.stream().anyMatch(file -> file.getFileName().toString().startsWith(kind)), kind + " in " + files);
		}
		List<String> beyond = new ArrayList<>();
		for (Path file : files) {
			beyond.addAll(glyphsBeyondTheRightMargin(file));
		}
		assertEquals(List.of(), beyond, example + " " + language + ": text beyond the right margin");
	}

	/** One line per page and text line with glyphs past the content box: file, page, the text and how far it goes. */
	static List<String> glyphsBeyondTheRightMargin(Path pdf) throws IOException {
		List<String> found = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					PDRectangle page = getCurrentPage().getMediaBox();
					float limit = page.getWidth() - RIGHT + TOLERANCE;
					float furthest = 0;
					for (TextPosition glyph : positions) {
						float y = glyph.getYDirAdj();
						boolean inBody = y > TOP && y < page.getHeight() - BOTTOM;
						if (inBody && !glyph.getUnicode().isBlank()) {
							furthest = Math.max(furthest, glyph.getXDirAdj() + glyph.getWidthDirAdj());
						}
					}
					if (furthest > limit) {
						found.add(pdf.getFileName() + " page " + getCurrentPageNo() + ": '" + text.strip() + "' reaches "
								+ Math.round(furthest / MM) + " mm of " + Math.round(limit / MM) + " mm");
					}
					super.writeString(text, positions);
				}
			};
			stripper.getText(document);
		}
		return found;
	}
}
