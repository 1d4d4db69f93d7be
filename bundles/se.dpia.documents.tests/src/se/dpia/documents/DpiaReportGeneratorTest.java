package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.Assessment;
import se.dpia.model.io.AssessmentFiles;

class DpiaReportGeneratorTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));

	@TempDir
	Path out;

	private List<Path> generate(Language language) throws Exception {
		Assessment assessment = AssessmentFiles.load(ROOT.resolve("examples/ange-trygghetskamera/assessment.dpia"));
		List<Path> reported = new ArrayList<>();
		List<Path> written = new DocumentSet(ROOT.resolve("templates"), language).generate(assessment, out, reported::add);
		assertEquals(written, reported);
		return written;
	}

	@Test
	void theSwedishReportHoldsTheExamplesNameAndMeasuresWithÅIntact() throws Exception {
		Path pdf = generate(Language.SV).get(0);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			// lines wrap where the page ends: compare with whitespace collapsed
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertTrue(text.contains("Konsekvensbedömning avseende dataskydd"), text);
			assertTrue(text.contains("Digital tillsyn via trygghetskamera i Ånge kommun"), text);
			assertTrue(text.contains("Nära dialog med IT-avdelningen och koncernledningen."), text);
			PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
			assertTrue(font.isEmbedded(), "fonts are embedded");
		}
	}

	@Test
	void theEnglishReportUsesTheEnglishTemplate() throws Exception {
		Path pdf = generate(Language.EN).get(0);
		assertEquals("dpia-report.pdf", pdf.getFileName().toString());
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertTrue(new PDFTextStripper().getText(document).contains("Data protection impact assessment"));
		}
	}

	@Test
	void aTemplateWithoutATextNamesTheTemplateAndTheKey(@TempDir Path templates) throws Exception {
		Files.writeString(templates.resolve("dpia-report.sv.properties"), "file.name = x.pdf\n");
		Assessment assessment = AssessmentFiles.load(ROOT.resolve("examples/ange-trygghetskamera/assessment.dpia"));

		TemplateException error = assertThrows(TemplateException.class,
				() -> new DocumentSet(templates, Language.SV).generate(assessment, out, p -> { }));

		assertTrue(error.getMessage().contains("dpia-report.sv.properties"), error.getMessage());
		assertTrue(error.getMessage().contains("'title'"), error.getMessage());
		try (var files = Files.list(out)) {
			assertEquals(0, files.count(), "a failed document leaves nothing behind");
		}
	}
}
