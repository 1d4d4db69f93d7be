package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The templates built into the bundle are the top-level {@code templates/} folder, copied by the build: one source,
 * nothing committed twice, and the product generates without the folder.
 */
class BuiltInTemplatesTest {

	@Test
	void everyTemplateOfTheFolderIsBuiltInByteForByte() throws Exception {
		List<Path> files;
		try (var listing = Files.list(DpiaReportTest.TEMPLATES)) {
			files = listing.filter(Files::isRegularFile).sorted().toList();
		}
		assertFalse(files.isEmpty());
		for (Path file : files) {
			String name = file.getFileName().toString();
			try (InputStream in = Templates.bundled().open(name)) {
				assertNotNull(in, name + " is built in");
				assertArrayEquals(Files.readAllBytes(file), in.readAllBytes(), name + " is the folder's copy");
			}
		}
	}

	@Test
	void onlyPlainNamesOpenBuiltInFiles() throws Exception {
		assertTrue(Templates.bundled().exists("dokument.css"));
		for (String name : List.of("../META-INF/MANIFEST.MF", "/templates/dokument.css", "sub/dokument.css", ".hidden", "")) {
			assertNull(Templates.bundled().open(name), name);
			assertFalse(Templates.bundled().exists(name), name);
		}
	}
}
