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
				rule: Kameratillsyn (kameratillsyn.regler:2)
				decision: may be used with consent
				consent from: brukaren (frivilligt, specifikt, otvetydigt, informerat)
				consent from: närstående som bor stadigvarande med brukaren (frivilligt, specifikt, otvetydigt, informerat)
				documented in: Lifecare
				if refused, offer: Fysisk tillsyn enligt biståndsbeslutet
				on withdrawal: Kameran monteras ned och fysisk tillsyn enligt biståndsbeslutet återupptas samma natt
				reviewed: var 6:e månad
				""", stdout());
	}

	@Test
	void aPersonWithDementiaAndAGodManNeedsTheGodMansConsentAndNoObjection() {
		assertEquals(0, run("consent", EXAMPLE.toString(), "--case", "cases/demens-god-man.properties"), stderr());
		String answer = stdout();
		assertTrue(answer.contains("consider first: Rörelsesensor"), answer);
		assertTrue(answer.contains("consent from: god man\n"), answer);
		assertTrue(answer.contains("on condition: brukaren motsätter sig inte\n"), answer);
		assertFalse(answer.contains("consent from: brukaren"), answer);
	}

	@Test
	void aPersonWhoSaysNoIsOfferedThePhysicalAlternative() {
		assertEquals(0, run("consent", "--case", EXAMPLE.resolve("cases/sager-nej.properties").toString()), stderr());
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

		assertEquals(0, run("consent", folder.toString(), "--case", "fall.properties"), stderr());
		assertTrue(stdout().contains("decision: not used: the person can't consent and has no förvaltare who may"), stdout());
		assertTrue(stdout().contains("documented in: Treserva\noffer instead: Nattbesök\n"), stdout());
	}

	@Test
	void aCaseNoRuleCoversExitsOne(@TempDir Path folder) throws IOException {
		Path aCase = folder.resolve("fall.properties");
		Files.writeString(aCase, "teknik = Trygghetskamera\nverksamhet = beställning_förvaltning\n");
		assertEquals(1, run("consent", "--case", aCase.toString()));
		assertTrue(stderr().contains("no consent rule applies to Trygghetskamera in beställning_förvaltning"), stderr());
	}

	@Test
	void anInvalidCaseExitsOneSayingWhatToWrite(@TempDir Path folder) throws IOException {
		Path aCase = folder.resolve("fall.properties");
		Files.writeString(aCase, "teknik = Trygghetskamera\nverksamhet = hemtjänst\nbeslutsförmåga = kanske\n");
		assertEquals(1, run("consent", "--case", aCase.toString()));
		assertTrue(stderr().contains("'beslutsförmåga = kanske' is not understood: write full or nedsatt"), stderr());
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
}
