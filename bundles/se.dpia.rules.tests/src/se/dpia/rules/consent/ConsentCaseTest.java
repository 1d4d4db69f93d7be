package se.dpia.rules.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.rules.consent.ConsentCase.RelativeConsent;

/** Case files: the keys and values, a duplicate key, a byte order mark, a file that is not UTF-8. */
class ConsentCaseTest {

	@TempDir
	Path folder;

	private Path write(String name, byte[] bytes) throws Exception {
		return Files.write(folder.resolve(name), bytes);
	}

	private Path write(String text) throws Exception {
		return write("case.properties", text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theRelativesAnswerIsRead() throws Exception {
		ConsentCase aCase = ConsentCase.read(write("""
				teknik = Kamera
				verksamhet = hemtjänst
				närstående_bor_med = ja
				närstående_samtycker = nej
				"""), Locale.ENGLISH);
		assertTrue(aCase.cohabitingRelative());
		assertEquals(RelativeConsent.NEJ, aCase.relativeConsents());
		assertEquals(RelativeConsent.EJ_TILLFRAGAD,
				ConsentCase.read(write("teknik = Kamera\nverksamhet = hemtjänst\n"), Locale.ENGLISH).relativeConsents());
	}

	@Test
	void aKeyGivenTwiceIsAnErrorOnItsSecondLine() throws Exception {
		Path file = write("teknik = Kamera\nverksamhet = hemtjänst\nmotsätter_sig = ja\n# later\nmotsätter_sig = nej\n");
		InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> ConsentCase.read(file, Locale.ENGLISH));
		assertEquals(5, e.line());
		assertTrue(e.getMessage().startsWith(file + ":5: 'motsätter_sig' is given twice (also on line 3)"), e.getMessage());
	}

	@Test
	void anEnglishAndASwedishKeyForTheSameThingAreAlsoTwice() throws Exception {
		Path file = write("teknik = Kamera\nverksamhet = hemtjänst\nobjects = yes\nmotsätter_sig = nej\n");
		assertEquals(4, assertThrows(InvalidCaseException.class, () -> ConsentCase.read(file, Locale.ENGLISH)).line());
	}

	@Test
	void aByteOrderMarkIsAccepted() throws Exception {
		byte[] text = "teknik = Kamera\nverksamhet = hemtjänst\n".getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		assertEquals("Kamera", ConsentCase.read(write("bom.properties", withBom), Locale.ENGLISH).technology());
	}

	@Test
	void aLatin1FileSaysItIsNotUtf8AndWhere() throws Exception {
		Path file = write("latin1.properties", "teknik = Kamera\nverksamhet = hemtjänst\n".getBytes(StandardCharsets.ISO_8859_1));
		InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> ConsentCase.read(file, Locale.ENGLISH));
		assertEquals(2, e.line());
		assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
		assertTrue(!e.getMessage().contains("Input length"), e.getMessage());
	}

	@Test
	void messagesAreSwedishUnderSv() throws Exception {
		Path file = write("teknik = Kamera\nverksamhet = hemtjänst\nbeslutsförmåga = kanske\n");
		InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> ConsentCase.read(file, Locale.of("sv")));
		assertTrue(e.getMessage().endsWith(":3: 'beslutsförmåga = kanske' förstås inte: skriv något av full, nedsatt"),
				e.getMessage());
	}
}
