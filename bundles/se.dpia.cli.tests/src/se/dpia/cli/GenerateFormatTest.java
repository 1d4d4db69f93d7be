package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dpia generate --format pdf|docx|both}: the Word files beside (or instead of) the PDFs. */
class GenerateFormatTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));
	private static final Path EXAMPLE = ROOT.resolve("examples/ange-trygghetskamera");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		Defaults defaults = new Defaults(EXAMPLE, ROOT.resolve("templates"));
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				defaults).run(args);
	}

	private List<String> lines() {
		return out.toString(StandardCharsets.UTF_8).strip().lines().toList();
	}

	@Test
	void docxWritesOnlyWordFilesWithTheNamesOfThePdfs(@TempDir Path output) throws IOException {
		assertEquals(0, run("generate", "--format", "docx", "--out", output.toString()), err.toString());
		List<String> lines = lines();
		assertEquals(output.resolve("konsekvensbedomning.docx").toString(), lines.get(0), "the report comes first");
		assertTrue(lines.contains(output.resolve("information-Kameratillsyn.docx").toString()), lines.toString());
		for (String line : lines) {
			assertTrue(line.endsWith(".docx"), line);
			assertIsAZip(Path.of(line));
		}
		try (var files = Files.list(output)) {
			assertEquals(lines.size(), files.count(), "no PDF, nothing else");
		}
	}

	@Test
	void bothWritesEachPdfThenItsWordFile(@TempDir Path output) throws IOException {
		assertEquals(0, run("generate", "--format", "both", "--lang", "en", "--out", output.toString()), err.toString());
		List<String> lines = lines();
		assertEquals(List.of(output.resolve("dpia-report.pdf").toString(), output.resolve("dpia-report.docx").toString()),
				lines.subList(0, 2));
		for (int i = 0; i < lines.size(); i += 2) {
			assertTrue(lines.get(i).endsWith(".pdf"), lines.get(i));
			assertEquals(lines.get(i).replaceAll("\\.pdf$", ".docx"), lines.get(i + 1));
			assertTrue(Files.size(Path.of(lines.get(i))) > 0);
			assertIsAZip(Path.of(lines.get(i + 1)));
		}
		assertTrue(lines.stream().anyMatch(line -> line.contains("dpa-annexes-")), lines.toString());
	}

	@Test
	void pdfStaysTheDefault(@TempDir Path output) {
		assertEquals(0, run("generate", "--format", "pdf", "--out", output.toString()), err.toString());
		List<String> explicit = lines();
		assertTrue(explicit.stream().allMatch(line -> line.endsWith(".pdf")), explicit.toString());
	}

	@Test
	void anotherFormatIsAUsageErrorAndWritesNothing(@TempDir Path output) throws IOException {
		assertEquals(2, run("generate", "--format", "odt", "--out", output.toString()));
		assertTrue(err.toString().contains("--format must be pdf, docx or both, not 'odt'"), err.toString());
		try (var files = Files.list(output)) {
			assertEquals(0, files.count());
		}
	}

	@Test
	void theHelpNamesTheFormats() {
		assertEquals(0, run("generate", "--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("--format pdf|docx|both"), out.toString(StandardCharsets.UTF_8));
	}

	/** A .docx is a zip (Office Open XML): it starts with the zip signature PK. */
	private static void assertIsAZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] start = in.readNBytes(2);
			assertEquals("PK", new String(start, StandardCharsets.ISO_8859_1), file + " is a zip");
		}
	}
}
