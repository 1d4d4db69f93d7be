package se.dpia.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.Assessment;
import se.dpia.model.TechnologyKind;

class AssessmentFilesTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("dpia.root", "../.."),
			"examples/ange-trygghetskamera/assessment.dpia");

	@Test
	void loadsTheBundledExampleWithSwedishLettersIntact() throws Exception {
		Assessment assessment = AssessmentFiles.load(EXAMPLE);

		assertEquals("Digital tillsyn via trygghetskamera i Ånge kommun", assessment.getName());
		assertEquals("KS 23/32", assessment.getDiarienummer());
		assertEquals(TechnologyKind.TRYGGHETSKAMERA, assessment.getTechnologies().get(0).getKind());
		assertEquals("A1", assessment.getRisks().get(0).getMitigations().get(0).getId());
	}

	@Test
	void refusesADoctypeSoExternalEntitiesAreNeverRead(@TempDir Path folder) throws Exception {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "hemligt");
		Path hostile = Files.writeString(folder.resolve("hostile.dpia"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE x [ <!ENTITY secret SYSTEM "%s"> ]>
				<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:dpia="https://dpia.se/model/1.0" id="x" name="&secret;"/>
				""".formatted(secret.toUri()));

		ModelLoadException refused = assertThrows(ModelLoadException.class, () -> AssessmentFiles.load(hostile));

		assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
		assertFalse(refused.getMessage().contains("hemligt"));
	}

	@Test
	void reportsWhereABrokenFileStops(@TempDir Path folder) throws Exception {
		Path broken = Files.writeString(folder.resolve("broken.dpia"), "<?xml version=\"1.0\"?>\n<dpia:Assessment\n  id=");

		ModelLoadException error = assertThrows(ModelLoadException.class, () -> AssessmentFiles.load(broken));

		assertEquals(3, error.line());
	}

	@Test
	void savesAndReloadsTheExampleUnchanged(@TempDir Path folder) throws Exception {
		Assessment assessment = AssessmentFiles.load(EXAMPLE);
		Path first = folder.resolve("first.dpia");
		Path second = folder.resolve("second.dpia");

		AssessmentFiles.save(assessment.eResource(), first);
		AssessmentFiles.save(AssessmentFiles.load(first).eResource(), second);

		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
		assertTrue(Files.readString(first, StandardCharsets.UTF_8).contains("Ånge kommun"));
		try (var leftovers = Files.list(folder)) {
			// the folder's lock file stays (removing it while another process waits on it would break the lock)
			assertEquals(2, leftovers.filter(p -> !p.getFileName().toString().equals(FolderLock.FILE_NAME)).count(),
					"no temporary files are left behind");
		}
	}
}
