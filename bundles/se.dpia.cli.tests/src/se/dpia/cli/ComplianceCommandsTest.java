package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./dpia screen, ./dpia threats and the prior-consultation warning of ./dpia check. */
class ComplianceCommandsTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));
	private static final Path EXAMPLE = ROOT.resolve("examples/ange-trygghetskamera");

	/** A camera in the bedroom of a vulnerable person; one risk still at 3 × 3 after its measures. */
	private static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
			    id="test" name="Kameratillsyn">
			  <dataSubjects id="brukare" name="Brukare" vulnerable="true" vulnerability="nedsatt beslutsförmåga"/>
			  <technologies id="kamera" name="Trygghetskamera" kind="trygghetskamera" placement="sovrummet"/>
			  <risks id="R1" name="Obehörig tittar in" residualLikelihood="3" residualSeverity="3"/>
			</dpia:Assessment>
			""";

	private final CommandLine cli = new CommandLine();

	private static Path folderWithModel(Path folder) throws IOException {
		Files.writeString(folder.resolve("assessment.dpia"), MODEL);
		return folder;
	}

	@Test
	void screeningTheBundledExampleSaysADpiaIsRequired() {
		assertEquals(0, cli.run("screen", "--lang", "en"), cli.stderr());

		for (String seeds : List.of("3. Systematic monitoring [systematic-monitoring]: holds",
				"4. Sensitive data or data of a highly personal nature [sensitive-data]: holds",
				"7. Vulnerable data subjects [vulnerable-subjects]: holds",
				"8. Innovative use or new technological solutions [innovative-technology]: holds")) {
			assertTrue(cli.stdout().contains(seeds), seeds + " in\n" + cli.stdout());
		}
		assertTrue(cli.stdout().contains("Conclusion: ") && cli.stdout().contains("a DPIA is required"), cli.stdout());
	}

	@Test
	void screenPrintsEachCriterionWithItsFactsAndTheConclusion(@TempDir Path folder) throws IOException {
		assertEquals(0, cli.run("screen", folderWithModel(folder).toString()), cli.stderr());

		String text = cli.stdout();
		assertEquals(9, text.lines().filter(l -> l.matches("\\d\\. .*\\[[a-z-]+\\]: (uppfyllt|inte uppfyllt)")).count(), text);
		assertTrue(text.contains("7. Sårbara registrerade [vulnerable-subjects]: uppfyllt"), text);
		assertTrue(text.contains("   - brukare \"Brukare\": markerad som sårbar (nedsatt beslutsförmåga)"), text);
		assertTrue(text.contains("Slutsats: 4 av de nio kriterierna är uppfyllda: en konsekvensbedömning krävs"), text);
	}

	@Test
	void screenWithoutAModelFailsAndSaysWhy(@TempDir Path folder) {
		assertEquals(1, cli.run("screen", folder.toString()));
		assertTrue(cli.stderr().contains("holds no assessment model"), cli.stderr());
	}

	@Test
	void threatsListsTheUndecidedProposals(@TempDir Path folder) throws IOException {
		assertEquals(0, cli.run("threats", folderWithModel(folder).toString(), "--lang", "en"), cli.stderr());

		assertTrue(cli.stdout().contains("camera-in-bedroom:kamera  detecting, illegitimate access  likelihood 3, severity 3"), cli.stdout());
		assertTrue(cli.stdout().contains("The camera \"Trygghetskamera\" is placed where the person sleeps (\"sovrummet\")"), cli.stdout());
	}

	@Test
	void acceptingAProposalAddsARiskSavesTheModelAndStopsProposingIt(@TempDir Path folder) throws IOException {
		folderWithModel(folder);

		assertEquals(0, cli.run("threats", folder.toString(), "--accept", "camera-in-bedroom:kamera"), cli.stderr());

		assertTrue(cli.stdout().startsWith("camera-in-bedroom:kamera: accepterat i riskregistret som R2"), cli.stdout());
		String saved = Files.readString(folder.resolve("assessment.dpia"));
		assertTrue(saved.contains("<risks id=\"R2\" name=\"Kamera i sovrummet (Trygghetskamera)\""), saved);
		assertTrue(saved.contains("<threatDecisions rule=\"camera-in-bedroom\" subject=\"kamera\""), saved);
		assertEquals(0, cli.run("threats", folder.toString()));
		assertFalse(cli.stdout().contains("camera-in-bedroom:kamera"), cli.stdout());
		assertEquals(1, cli.run("threats", folder.toString(), "--accept", "camera-in-bedroom:kamera"));
		assertTrue(cli.stderr().contains("already decided"), cli.stderr());
	}

	@Test
	void dismissingKeepsTheReason(@TempDir Path folder) throws IOException {
		folderWithModel(folder);

		assertEquals(0, cli.run("threats", folder.toString(), "--dismiss", "camera-in-bedroom:kamera", "--reason",
				"Kameran sitter i hallen"), cli.stderr());

		String saved = Files.readString(folder.resolve("assessment.dpia"));
		assertTrue(saved.contains("decision=\"avfärdad\" reason=\"Kameran sitter i hallen\""), saved);
	}

	@Test
	void aWrongDecisionIsRefused(@TempDir Path folder) throws IOException {
		String dir = folderWithModel(folder).toString();

		assertEquals(2, cli.run("threats", dir, "--dismiss", "camera-in-bedroom:kamera"));
		assertTrue(cli.stderr().contains("needs --reason"), cli.stderr());
		assertEquals(2, cli.run("threats", dir, "--accept", "a:b", "--dismiss", "a:b", "--reason", "x"));
		assertEquals(1, cli.run("threats", dir, "--accept", "no-such-rule:kamera"));
		assertTrue(cli.stderr().contains("no proposal no-such-rule:kamera"), cli.stderr());
		assertEquals(MODEL, Files.readString(folder.resolve("assessment.dpia")));
	}

	@Test
	void checkWarnsThatARiskAboveTheAcceptableLevelNeedsPriorConsultation(@TempDir Path folder) throws IOException {
		cli.run("check", folderWithModel(folder).toString());

		// The minimal model has other gaps too; the Art. 36 flag is one line of its own, a warning on the risk.
		assertEquals(1, cli.stdout().lines().filter(line -> line.matches(
				".*assessment\\.dpia:\\d+:\\d+: warning: /risks\\[R1\\]: risk R1 .* level 9 .* above the acceptable level 6.*IMY.* \\[prior-consultation-required\\]"))
				.count(), cli.stdout());

		Files.writeString(folder.resolve("assessment.dpia"), MODEL.replace("residualLikelihood=\"3\"", "residualLikelihood=\"2\""));
		cli.run("check", folder.toString());
		assertFalse(cli.stdout().contains("[prior-consultation-required]"), cli.stdout());
	}

	@Test
	void helpNamesTheNewCommands() {
		assertEquals(0, cli.run("--help"));
		assertTrue(cli.stdout().contains("screen [DIR]") && cli.stdout().contains("--dismiss RULE:ELEMENT --reason"), cli.stdout());
	}
}
