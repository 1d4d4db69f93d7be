package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dpia new} makes a folder that checks and generates; {@code generate} marks the documents of a folder with errors as drafts. */
class NewAndDraftTest {

	private final CommandLine cli = new CommandLine();

	@Test
	void anEmptyNewAssessmentChecksAndGenerates(@TempDir Path parent) throws IOException {
		Path folder = parent.resolve("ny-bedömning");
		assertEquals(0, cli.run("new", folder.toString(), "--empty", "--organisation", "Provkommunen"), cli.stderr());
		assertEquals("out/\n.project\n", Files.readString(folder.resolve(".gitignore")));
		assertTrue(Files.readString(folder.resolve(".gitattributes")).contains("*.dpia merge=dpia\n"));
		assertTrue(Files.isRegularFile(folder.resolve("assessment.dpia")));
		assertTrue(Files.readString(folder.resolve("checklistor.regler")).contains("enligt SKR_införande"));

		assertEquals(0, cli.run("check", folder.toString()), cli.stdout());
		assertEquals(0, cli.run("generate", folder.toString(), "--out", folder.resolve("out").toString()), cli.stderr());
		assertTrue(cli.stdout().contains("konsekvensbedomning.pdf"), cli.stdout());
		assertTrue(cli.stderr().startsWith("dpia: kontroll: 0 fel, "), cli.stderr());
	}

	@Test
	void theExampleIsCopiedWithItsRulesAndCases(@TempDir Path parent) throws IOException {
		Path folder = parent.resolve("kopia");
		assertEquals(0, cli.run("new", folder.toString(), "--example"), cli.stderr());
		assertTrue(Files.isRegularFile(folder.resolve("kameratillsyn.regler")));
		assertTrue(Files.isRegularFile(folder.resolve("cases/kan-samtycka.properties")));
		assertTrue(Files.readString(folder.resolve(".gitignore")).contains("out/"));
		assertTrue(Files.readString(folder.resolve(".gitattributes")).contains("*.dpia merge=dpia\n"));
	}

	@Test
	void aFolderThatHoldsAnythingIsRefusedAndKeptAsItWas(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("anteckningar.txt"), "mina");
		assertEquals(1, cli.run("new", folder.toString()));
		assertTrue(cli.stderr().contains("is not empty"), cli.stderr());
		try (var files = Files.list(folder)) {
			assertEquals(List.of(folder.resolve("anteckningar.txt")), files.toList());
		}
		assertEquals(2, cli.run("new"));
		assertEquals(2, cli.run("new", folder.resolve("x").toString(), "--example", "--empty"));
	}

	@Test
	void generateWithErrorsSaysSoAndMarksEveryDocumentAsADraft(@TempDir Path out) throws IOException {
		assertEquals(0, cli.run("generate", "--out", out.toString()), cli.stderr());
		String summary = cli.stderr().lines().findFirst().orElse("");
		assertTrue(summary.matches("dpia: kontroll: [1-9]\\d* fel, \\d+ varningar; dokumenten är märkta UTKAST .*"), summary);
		String errors = summary.replaceAll("dpia: kontroll: (\\d+) fel.*", "$1");
		for (String file : cli.stdout().lines().toList()) {
			String text = text(Path.of(file));
			assertTrue(text.contains("UTKAST – " + errors + " fel"), file);
		}
	}

	@Test
	void aFolderWithoutErrorsGivesNoDrafts(@TempDir Path out) throws IOException {
		assertEquals(0, cli.run("generate", "resources/egen-larmcentral", "--out", out.toString(), "--lang", "en"), cli.stderr());
		assertTrue(cli.stderr().startsWith("dpia: check: 0 errors, "), cli.stderr());
		assertFalse(cli.stderr().contains("DRAFT"), cli.stderr());
		for (String file : cli.stdout().lines().toList()) {
			assertFalse(text(Path.of(file)).contains("DRAFT"), file);
		}
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
