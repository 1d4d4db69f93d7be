package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dpia import-cnil}: a PIA from CNIL's tool becomes a folder that {@code check} passes. */
class ImportCnilCommandTest {

	private static final Path PIA = CommandLine.ROOT.resolve("bundles/se.dpia.assessment.tests/resources/cnil/nattillsyn.json");

	private final CommandLine cli = new CommandLine();

	@Test
	void importWritesTheFolderListsWhatIsNotMappedAndTheFolderChecksWithoutErrors(@TempDir Path parent) throws Exception {
		Path folder = parent.resolve("nattillsyn");

		assertEquals(0, cli.run("import-cnil", PIA.toString(), folder.toString(), "--lang", "en"), cli.stderr());

		assertEquals(List.of(folder.resolve("assessment.dpia").toString(), folder.resolve("cnil-import.txt").toString()),
				cli.stdout().lines().toList());
		assertTrue(cli.stderr().contains("dpia: 112 responsibilities linked to the processing: not mapped, kept in cnil-import.txt"),
				cli.stderr());
		assertTrue(cli.stderr().contains("dpia: 2.1.2 legal basis: the processing's Art. 6(1) ground set to"), cli.stderr());
		assertTrue(Files.readString(folder.resolve("cnil-import.txt")).contains("Socialnämnden är personuppgiftsansvarig"));

		assertEquals(0, cli.run("check", folder.toString(), "--lang", "en"), cli.stdout());
		assertTrue(cli.stdout().lines().noneMatch(line -> line.contains(": error: ")), cli.stdout());
	}

	@Test
	void aFolderThatHoldsAnythingIsRefused(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("anteckningar.txt"), "mina");

		assertEquals(1, cli.run("import-cnil", PIA.toString(), folder.toString()));
		assertTrue(cli.stderr().contains("is not empty"), cli.stderr());
		assertEquals(1, Files.list(folder).count());
	}
}
