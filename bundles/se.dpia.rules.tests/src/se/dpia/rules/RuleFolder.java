package se.dpia.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import se.dpia.model.validation.Problem;
import se.dpia.rules.load.FolderResources;
import se.dpia.rules.load.RuleProblems;

/** A small assessment folder for tests: one model with a camera and a sensor, and the rule files a test writes. */
public final class RuleFolder {

	public static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
			    id="test" name="Test">
			  <operations id="hemtjänst"/>
			  <operations id="LSS"/>
			  <technologies id="Kamera" kind="trygghetskamera" operations="hemtjänst"/>
			  <technologies id="Sensor" kind="rörelsesensor" operations="hemtjänst"/>
			  <mitigations id="A1" name="Utbildning"/>
			</dpia:Assessment>
			""";

	/** A consent rule that raises nothing: persons with reduced decision capacity are not covered (SKR's reading). */
	public static final String GOOD_CONSENT = """
			samtyckesregel R gäller Kamera i hemtjänst {
				samtycke från brukaren: frivilligt, specifikt, otvetydigt, informerat
				vid nedsatt beslutsförmåga: används inte
				överväg först Sensor
				dokumenteras i Lifecare
				vid nej: erbjud "Fysisk tillsyn"
				omprövas var 6:e månad
			}
			""";

	/** The other reading: a god man or förvaltare consents if the person does not object (a warning names the dispute). */
	public static final String REPRESENTATIVE_CONSENT = GOOD_CONSENT.replace("vid nedsatt beslutsförmåga: används inte",
			"vid nedsatt beslutsförmåga: samtycke från god_man eller förvaltare och brukaren motsätter sig inte");

	/** A camera routine that raises nothing: it says what happens when the person needs help and who is called. */
	public static final String GOOD_ROUTINE = """
			verksamhetsrutin Natt för hemtjänst med Kamera {
				roll Larmoperatör får tillsyn, loggning
				roll Nattpatrull får besök
				beviljad insats 21:00–07:00
				tillsyn 22:00–06:00 var 2:e timme
				steg Tillsyn: Larmoperatör gör tillsyn "tittar in via kameran" loggas i Tillsynsloggen genomför A1
				steg Nytt_försök: om ej sedd, Larmoperatör gör tillsyn inom 10 minuter
				steg Hembesök: om fortfarande ej sedd, strömavbrott eller teknikfel, Nattpatrull gör besök inom 30 minuter
				steg Hjälp: om sedd och behöver hjälp, Nattpatrull utför besök inom 30 minuter
				steg Larma: om ingen hinner fram i tid, Larmoperatör ringer Sjuksköterska
				kontakt Sjuksköterska "sjuksköterska i tjänst" telefon "070-000 00 00"
			}
			""";

	private final Path root;

	public RuleFolder(Path root) throws IOException {
		this.root = root;
		Files.writeString(root.resolve("model.dpia"), MODEL);
	}

	public Path root() {
		return root;
	}

	public RuleFolder write(String name, String text) throws IOException {
		Path file = root.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return this;
	}

	/** Writes {@code regler.regler} and checks the folder. */
	public List<Problem> check(String rules) throws IOException {
		write("regler.regler", rules);
		return check();
	}

	/** The problems of the rule files; the model's own validation is tested in se.dpia.model.tests. */
	public List<Problem> check() throws IOException {
		return RuleProblems.of(FolderResources.load(RulesStandaloneSetup.doSetup(), root));
	}

	/** The codes of the problems, in order. */
	public static List<String> codes(List<Problem> problems) {
		return problems.stream().map(Problem::code).toList();
	}

	public static Problem single(List<Problem> problems) {
		assertEquals(1, problems.size(), problems.toString());
		return problems.get(0);
	}
}
