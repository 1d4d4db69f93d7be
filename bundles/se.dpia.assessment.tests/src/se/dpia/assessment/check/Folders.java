package se.dpia.assessment.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import se.dpia.model.validation.Problem;

/** Writing small assessment folders for the checks' tests. */
final class Folders {

	/** A camera routine whose step Tillsyn carries out A1, with the escalation the language asks for. */
	static final String ROUTINE = """
			verksamhetsrutin Natt för hemtjänst med Kamera {
				roll Larmoperatör får tillsyn, loggning
				roll Nattpatrull får besök
				beviljad insats 21:00–07:00
				tillsyn 22:00–06:00 var 2:e timme
				steg Tillsyn: Larmoperatör gör tillsyn "tittar in via kameran" loggas i Tillsynsloggen genomför A1
				steg Nytt_försök: om ej sedd, Larmoperatör gör tillsyn inom 10 minuter
				steg Hembesök: om fortfarande ej sedd, strömavbrott eller teknikfel, Nattpatrull gör besök inom 30 minuter
			}
			""";

	private Folders() {
	}

	static void write(Path root, String name, String text) throws IOException {
		Path file = root.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	static Problem single(List<Problem> problems) {
		assertEquals(1, problems.size(), problems.toString());
		return problems.get(0);
	}
}
