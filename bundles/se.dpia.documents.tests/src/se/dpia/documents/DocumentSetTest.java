package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSetTest {

	@Test
	void aTemplateErrorLeavesTheOutputFolderAsItWas(@TempDir Path templates, @TempDir Path out) throws Exception {
		for (String file : new String[] { "texts.sv.properties", "dokument.css", "dpia-report.sv.html" }) {
			Files.copy(DpiaReportTest.TEMPLATES.resolve(file), templates.resolve(file));
		}
		// the report is fine, the annexes' template asks for a value no document gives
		Files.writeString(templates.resolve("pub-annexes.sv.html"), "<html><body>\n<p>{{leverantörsnamn}}</p></body></html>");
		Files.writeString(out.resolve("konsekvensbedomning.pdf"), "earlier output");

		TemplateException error = assertThrows(TemplateException.class,
				() -> new DocumentSet(templates, Language.SV).generate(TestAssessments.camera(), out, p -> { }));

		assertTrue(error.getMessage().contains("pub-annexes.sv.html:2"), error.getMessage());
		assertTrue(error.getMessage().contains("'leverantörsnamn'"), error.getMessage());
		assertEquals("earlier output", Files.readString(out.resolve("konsekvensbedomning.pdf")));
		try (var files = Files.list(out)) {
			assertEquals(1, files.count(), "nothing new is written");
		}
	}
}
