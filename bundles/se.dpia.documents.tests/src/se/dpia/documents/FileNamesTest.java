package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

	@Test
	void anOrdinaryIdIsKept() {
		assertEquals("tryggahem", FileNames.part("tryggahem"));
		assertEquals("Åre_kommun-1", FileNames.part("Åre kommun-1"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "../../etc/passwd", "/etc/passwd", "C:\\Windows\\x", "..", ".hidden", "a/b", "" })
	void anIdNeverNamesAPathOrAHiddenFile(String id) {
		String part = FileNames.part(id);
		assertFalse(part.contains("/") || part.contains("\\") || part.contains(":") || part.startsWith("."), part);
		assertFalse(part.isEmpty());
		Path folder = Path.of("out");
		assertEquals(folder, FileNames.inside(folder, part + ".pdf").getParent());
	}

	@ParameterizedTest
	@ValueSource(strings = { "CON", "con", "NUL", "COM1", "LPT9", "AUX" })
	void windowsReservedNamesAreAvoided(String id) {
		assertEquals("_" + id, FileNames.part(id));
	}

	@Test
	void aNameThatLeavesTheFolderIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> FileNames.inside(Path.of("out"), "../x.pdf"));
		assertThrows(IllegalArgumentException.class, () -> FileNames.inside(Path.of("out"), "/tmp/x.pdf"));
	}
}
