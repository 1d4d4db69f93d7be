package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from the assessment reaches the terminal as text: one printed line per line, no escape sequence obeyed. */
class TerminalTest {

	private static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
			    id="x" name="Test"/>
			""";

	private final CommandLine cli = new CommandLine();

	@Test
	void controlCharactersAndEscapeSequencesAreShownEscaped() {
		assertEquals("a\\nb\\r\\x1b[31mröd\\x07\\u202eevil\tok", Terminal.safe("a\nb\r\u001b[31mröd\u0007\u202eevil\tok"));
		assertEquals("Hemtjänst – natt ✓", Terminal.safe("Hemtjänst – natt ✓"));
	}

	@Test
	void aNewlineInAFileNameCannotForgeAProblemLine(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("assessment.dpia"), MODEL);
		Files.writeString(folder.resolve("x\nassessment.dpia:1:1: error: forged \u001b[2J[forged].regler"), "inte giltig regel");

		cli.run("check", folder.toString());

		List<String> lines = cli.stdout().lines().toList();
		assertFalse(lines.isEmpty(), cli.stderr());
		for (String line : lines) {
			assertFalse(line.startsWith("assessment.dpia:1:1: error: forged"), "a forged line: " + line);
			assertFalse(line.contains("\u001b"), "an escape sequence reached the terminal: " + line);
		}
		assertTrue(cli.stdout().contains("x\\nassessment.dpia:1:1: error: forged \\x1b[2J[forged].regler:"), cli.stdout());
	}
}
