package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A municipality that reads SoL 4 kap. 2 c § as SKR does (persons without decision capacity are not covered; sensors
 * first), supervises from its own alarm centre (egen verksamhet) and has no external processor
 * ({@code resources/egen-larmcentral}): it checks without error, and its documents have no PUB annex and no
 * representative's signature block.
 */
class InHouseAlarmCentreTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));
	private static final Path FOLDER = Path.of("resources/egen-larmcentral");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				new Defaults(FOLDER, ROOT.resolve("templates"))).run(args);
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void checksWithoutError() {
		assertEquals(0, run("check", FOLDER.toString(), "--lang", "sv"), stdout());
		assertFalse(stdout().contains(": error:"), stdout());
		assertFalse(stdout().contains("processor-without-agreement"), stdout());
		assertFalse(stdout().contains("annex-measure-without-processor"), stdout());
	}

	@Test
	void theDocumentsHaveNoPubAnnexAndNoRepresentativeBlock(@TempDir Path output) throws IOException {
		assertEquals(0, run("generate", FOLDER.toString(), "--out", output.toString()), err.toString(StandardCharsets.UTF_8));
		List<String> written = stdout().lines().map(line -> Path.of(line).getFileName().toString()).toList();
		assertTrue(written.contains("konsekvensbedomning.pdf"), written.toString());
		assertTrue(written.stream().noneMatch(name -> name.startsWith("pub-bilagor")), written.toString());
		Path form = output.resolve(written.stream().filter(name -> name.startsWith("samtyckesblankett")).findFirst()
				.orElseThrow(() -> new AssertionError("no consent form in " + written)));
		String text = text(form);
		assertFalse(text.contains("Ställföreträdare"), text);
		assertFalse(text.contains("för brukarens räkning"), text);
		assertTrue(text.contains("Den som har nedsatt beslutsförmåga omfattas inte"), text);
		assertTrue(text.contains("Rörelsesensor och fysisk tillsyn"), text);
		String routine = text(output.resolve(written.stream().filter(name -> name.startsWith("rutin-")).findFirst().orElseThrow()));
		assertTrue(routine.contains("egen verksamhet"), routine);
	}

	@Test
	void aCaseWithAGodManIsAnsweredNotUsedWithTheSensorFirst() {
		assertEquals(0, run("consent", FOLDER.toString(), "--case", "cases/demens-god-man.properties"));
		assertTrue(stdout().contains("överväg först: Rörelsesensor"), stdout());
		assertTrue(stdout().contains("beslut: används inte"), stdout());
		assertTrue(stdout().contains("erbjud i stället: Rörelsesensor och fysisk tillsyn"), stdout());
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
