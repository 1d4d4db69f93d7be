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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dpia consent}: the example's three cases, answered from the rules, and its exit codes. */
class ConsentCommandTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));
	private static final Path EXAMPLE = ROOT.resolve("examples/ange-trygghetskamera");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				new Defaults(EXAMPLE, ROOT.resolve("templates"))).run(args);
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aPersonWhoCanConsentGivesConsentTogetherWithTheRelativeTheyLiveWith() {
		assertEquals(0, run("consent", "--case", EXAMPLE.resolve("cases/kan-samtycka.properties").toString()), stderr());
		assertEquals("""
				regel: Kameratillsyn (kameratillsyn.regler:2)
				beslut: får användas med samtycke
				samtycke från: brukaren (frivilligt, specifikt, otvetydigt, informerat)
				samtycke från: närstående som bor stadigvarande med brukaren (frivilligt, specifikt, otvetydigt, informerat)
				dokumenteras i: Lifecare
				vid nej, erbjud: Fysisk tillsyn enligt biståndsbeslutet
				vid återkallelse: Kameran monteras ned och fysisk tillsyn enligt biståndsbeslutet återupptas samma natt
				omprövas: var 6:e månad
				""", stdout());
	}

	@Test
	void inEnglishOnRequest() {
		assertEquals(0, run("consent", "--case", EXAMPLE.resolve("cases/kan-samtycka.properties").toString(), "--lang", "en"), stderr());
		assertEquals("""
				rule: Kameratillsyn (kameratillsyn.regler:2)
				decision: may be used with consent
				consent from: the person (frivilligt, specifikt, otvetydigt, informerat)
				consent from: a relative who lives permanently with the person (frivilligt, specifikt, otvetydigt, informerat)
				documented in: Lifecare
				if refused, offer: Fysisk tillsyn enligt biståndsbeslutet
				on withdrawal: Kameran monteras ned och fysisk tillsyn enligt biståndsbeslutet återupptas samma natt
				reviewed: every 6 months
				""", stdout());
	}

	@Test
	void aPersonWithDementiaAndAGodManNeedsTheGodMansConsentAndNoObjection() {
		assertEquals(0, run("consent", EXAMPLE.toString(), "--case", "cases/demens-god-man.properties", "--lang", "en"), stderr());
		String answer = stdout();
		assertTrue(answer.contains("consider first: Rörelsesensor"), answer);
		assertTrue(answer.contains("consent from: god man\n"), answer);
		assertTrue(answer.contains("on condition: the person does not object\n"), answer);
		assertFalse(answer.contains("consent from: the person"), answer);
	}

	@Test
	void aPersonWhoSaysNoIsOfferedThePhysicalAlternative() {
		assertEquals(0, run("consent", "--case", EXAMPLE.resolve("cases/sager-nej.properties").toString(), "--lang", "en"), stderr());
		String answer = stdout();
		assertTrue(answer.contains("decision: not used: the person says no"), answer);
		assertTrue(answer.contains("offer instead: Fysisk tillsyn enligt biståndsbeslutet\n"), answer);
		assertFalse(answer.contains("consent from"), answer);
	}

	@Test
	void theAnswerComesFromTheRulesNotFromCode(@TempDir Path folder) throws IOException {
		Files.copy(EXAMPLE.resolve("assessment.dpia"), folder.resolve("assessment.dpia"));
		Files.writeString(folder.resolve("egen.regler"), """
				samtyckesregel Egen gäller Trygghetskamera i hemtjänst {
					samtycke från brukaren: informerat
					vid nedsatt beslutsförmåga: samtycke från förvaltare och brukaren motsätter sig inte
					dokumenteras i Treserva
					vid nej: erbjud Nattbesök
				}
				""");
		Files.copy(EXAMPLE.resolve("cases/demens-god-man.properties"), folder.resolve("fall.properties"));
		Files.writeString(folder.resolve("fall.properties"), Files.readString(folder.resolve("fall.properties"))
				.replace("särskilt_boende", "hemtjänst"));

		assertEquals(0, run("consent", folder.toString(), "--case", "fall.properties", "--lang", "en"), stderr());
		assertTrue(stdout().contains("decision: not used: the person cannot consent and has no förvaltare who may"), stdout());
		assertTrue(stdout().contains("documented in: Treserva\noffer instead: Nattbesök\n"), stdout());
	}

	@Test
	void aCaseNoRuleCoversExitsOne(@TempDir Path folder) throws IOException {
		Path aCase = folder.resolve("fall.properties");
		Files.writeString(aCase, "teknik = Trygghetskamera\nverksamhet = beställning_förvaltning\n");
		assertEquals(1, run("consent", "--case", aCase.toString(), "--lang", "en"));
		assertTrue(stderr().contains("no consent rule applies to Trygghetskamera in beställning_förvaltning"), stderr());
	}

	@Test
	void anInvalidCaseExitsOneSayingWhatToWrite(@TempDir Path folder) throws IOException {
		Path aCase = folder.resolve("fall.properties");
		Files.writeString(aCase, "teknik = Trygghetskamera\nverksamhet = hemtjänst\nbeslutsförmåga = kanske\n");
		assertEquals(1, run("consent", "--case", aCase.toString(), "--lang", "en"));
		assertTrue(stderr().contains(aCase + ":3: 'beslutsförmåga = kanske' is not understood: write one of full, nedsatt"), stderr());
	}

	@Test
	void consentWithoutACaseIsAUsageError() {
		assertEquals(2, run("consent"));
		assertTrue(stderr().contains("consent needs --case FILE"), stderr());
		assertEquals(2, run("consent", "--case", "finns-inte.properties"));
	}

	@Test
	void helpListsConsent() {
		assertEquals(0, run("--help"));
		assertTrue(stdout().contains("consent [DIR] --case FILE"), stdout());
	}

	@Test
	void consentHelpListsTheCaseKeysAndTheirValues() {
		assertEquals(0, run("consent", "--help"));
		assertTrue(stdout().startsWith("Usage: ./dpia consent"), stdout());
		for (String line : List.of("beslutsförmåga         full | nedsatt", "ställföreträdare       ingen | god_man | förvaltare",
				"närstående_samtycker   ja | nej | ej_tillfrågad")) {
			assertTrue(stdout().contains(line), stdout());
		}
	}

	/** Issue 17: a rule that does not cover reduced capacity, sensors first, and a relative who says no. */
	@Test
	void aRuleThatDoesNotCoverReducedCapacityAnswersNotUsedAndOffersTheSensor(@TempDir Path folder) throws IOException {
		Files.copy(EXAMPLE.resolve("assessment.dpia"), folder.resolve("assessment.dpia"));
		Files.writeString(folder.resolve("egen.regler"), """
				samtyckesregel Egen gäller Trygghetskamera i hemtjänst {
					samtycke från brukaren: informerat
					samtycke från närstående som bor stadigvarande med brukaren
					vid nedsatt beslutsförmåga: används inte
					överväg först Rörelsesensor
					vid nej: erbjud "Fysisk tillsyn"
				}
				""");
		for (String representative : List.of("ingen", "god_man")) {
			Files.writeString(folder.resolve("fall.properties"), "teknik = Trygghetskamera\nverksamhet = hemtjänst\n"
					+ "beslutsförmåga = nedsatt\nställföreträdare = " + representative + "\n");
			out.reset();
			assertEquals(0, run("consent", folder.toString(), "--case", "fall.properties"), stderr());
			assertEquals("""
					regel: Egen (egen.regler:1)
					överväg först: Rörelsesensor (mindre ingripande)
					beslut: används inte: regeln omfattar inte personer med nedsatt beslutsförmåga (SoL 4 kap. 2 c § som SKR läser den): Trygghetskamera används inte
					erbjud i stället: Fysisk tillsyn
					""", stdout());
		}
		Files.writeString(folder.resolve("fall.properties"), "teknik = Trygghetskamera\nverksamhet = hemtjänst\n"
				+ "närstående_bor_med = ja\nnärstående_samtycker = nej\n");
		out.reset();
		assertEquals(0, run("consent", folder.toString(), "--case", "fall.properties", "--lang", "en"), stderr());
		assertTrue(stdout().contains("decision: not used: the relative who lives with the person says no"), stdout());
	}

	@Test
	void aRuleSilentOnReducedCapacityDoesNotSayAndExitsOne(@TempDir Path folder) throws IOException {
		Files.copy(EXAMPLE.resolve("assessment.dpia"), folder.resolve("assessment.dpia"));
		Files.writeString(folder.resolve("egen.regler"), """
				samtyckesregel Egen gäller Trygghetskamera i hemtjänst {
					samtycke från brukaren: informerat
					vid nej: erbjud "Fysisk tillsyn"
				}
				""");
		Files.writeString(folder.resolve("fall.properties"), "teknik = Trygghetskamera\nverksamhet = hemtjänst\nbeslutsförmåga = nedsatt\n");
		assertEquals(1, run("consent", folder.toString(), "--case", "fall.properties", "--lang", "en"), stderr());
		assertTrue(stdout().contains("decision: the rule does not say: rule Egen does not say what holds at reduced decision capacity"), stdout());
	}

	@Test
	void aDuplicateKeyIsAnErrorWithItsLine(@TempDir Path folder) throws IOException {
		Path aCase = folder.resolve("fall.properties");
		Files.writeString(aCase, "teknik = Trygghetskamera\nverksamhet = hemtjänst\nmotsätter_sig = ja\nmotsätter_sig = nej\n");
		assertEquals(1, run("consent", "--case", aCase.toString()));
		assertTrue(stderr().contains(aCase + ":4: 'motsätter_sig' anges två gånger (också på rad 3)"), stderr());
	}
}
