package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

	@Test
	void anOrdinaryIdIsKept() {
		assertEquals("tryggahem", FileNames.part("tryggahem"));
		assertEquals("Are_kommun-1", FileNames.part("Åre kommun-1"));
	}

	@Test
	void swedishAndOtherLatinLettersAreFoldedToAscii() {
		assertEquals("Hemtjanst_natt", FileNames.part("Hemtjänst_natt"));
		assertEquals("Bestallning_och_forvaltning", FileNames.part("Beställning och förvaltning"));
		assertEquals("AAO_aao_e_ss_ae_o", FileNames.part("ÅÄÖ åäö é ß æ ø"));
	}

	static java.util.List<String> unusualIds() {
		return java.util.List.of("Åre kommun", "東京都の介護", "Ранняя", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 x", "😀", "a😀b", "é".repeat(500),
				"介護".repeat(1_000), "x".repeat(300), "\0\n\r\t\033[31m", "a\ud800b");
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.MethodSource("unusualIds")
	void everyNameIsShortAsciiWithoutAnythingButLettersDigitsDashAndUnderscore(String id) {
		String part = FileNames.part(id);

		assertTrue(part.matches("[A-Za-z0-9_-]+"), part);
		assertTrue(part.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= FileNames.MAX_BYTES, part);
		assertTrue(java.nio.charset.StandardCharsets.US_ASCII.newEncoder().canEncode(part), part);
	}

	@Test
	void idsWhoseLettersCannotBeFoldedOrThatAreCutStayApart() {
		assertNotEquals(FileNames.part("東京"), FileNames.part("大阪"));
		assertNotEquals(FileNames.part("a😀"), FileNames.part("a🙂"));
		assertNotEquals(FileNames.part("x".repeat(100) + "1"), FileNames.part("x".repeat(100) + "2"));
		assertEquals(FileNames.part("東京"), FileNames.part("東京"), "the same id, the same name");
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
