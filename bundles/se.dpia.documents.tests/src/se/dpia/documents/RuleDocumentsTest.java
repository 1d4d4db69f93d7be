package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.rules.load.FolderResources;
import se.dpia.rules.rules.Routine;
import se.dpia.rules.rules.RuleFile;
import se.dpia.rules.rules.Step;

/** The routines, checklists and consent forms of the bundled example, made from its rule files. */
class RuleDocumentsTest {

	@TempDir
	Path out;

	@Test
	void everyRoutineGetsItsOwnDocumentWithItsStepsInOrder() throws Exception {
		List<Path> files = ExampleFolder.generate(Language.SV, out);
		FolderResources folder = ExampleFolder.load();
		int routines = 0;
		for (var resource : folder.ruleResources()) {
			for (Routine routine : ((RuleFile) resource.getContents().get(0)).getRoutines()) {
				routines++;
				Path pdf = out.resolve("rutin-" + FileNames.part(routine.getName()) + ".pdf");
				assertTrue(files.contains(pdf), pdf + " in " + files);
				String text = Pdfs.text(pdf);
				for (String heading : List.of("Verksamhetsrutin", "1 Syfte", "2 Verksamhet och teknik",
						"3 Roller och behörigheter", "4 Beviljad insats och tillsynsfönster", "5 Arbetsmoment",
						"6 Loggning", "7 Kontakter")) {
					assertTrue(text.contains(heading), heading + " in " + routine.getName());
				}
				assertTrue(text.contains(routine.getOperation().getName()), "the operation of " + routine.getName());
				int at = -1;
				for (Step step : routine.getSteps()) {
					int next = text.indexOf(RuleNames.shown(step.getName()), at + 1);
					assertTrue(next > at, "step " + step.getName() + " after the one before, in " + routine.getName());
					at = next;
				}
			}
		}
		assertEquals(6, routines, "the example's routines");
	}

	@Test
	void theHomeCareRoutineEscalatesToAVisitAndNamesItsMeasures() throws Exception {
		ExampleFolder.generate(Language.SV, out);
		String text = Pdfs.text(out.resolve("rutin-Hemtjanst_natt.pdf"));
		assertTrue(text.contains("22:00–06:00, var 2:e timme"), text);
		assertTrue(text.contains("21:00–07:00"), "granted service");
		assertTrue(text.contains("Om brukaren inte syns, inom 15 minuter"), text);
		assertTrue(text.contains("Om brukaren fortfarande inte syns, strömavbrott, teknikfel, inom 30 minuter"), text);
		assertTrue(text.contains("Nattpatrull: besök"), text);
		assertTrue(text.contains("Ja, i Tillsynsloggen"), text);
		assertTrue(text.contains("Enhetschef Telefon: Ej angivet behörighetstilldelning, loggläsning, uppföljning"), text);
	}

	@Test
	void theHomeCareRoutineDocumentsTheVisitInTheCareDocumentationAndSaysWhatItDoesNotState() throws Exception {
		ExampleFolder.generate(Language.SV, out);
		String text = Pdfs.text(out.resolve("rutin-Hemtjanst_natt.pdf"));
		assertTrue(text.contains("Nej Dokumenteras i Lifecare"), "the visit goes to the care documentation: " + text);
		assertTrue(text.contains("När brukaren syns och behöver hjälp (t.ex. har fallit) Ej angivet"), text);
		assertTrue(text.contains("När ingen hinner fram i tid Ej angivet"), text);
		assertTrue(text.contains("Besök och tillsyn dokumenteras i Lifecare"), text);
		assertTrue(text.contains("Larmoperatör Telefon: Ej angivet"), "a role without a number says so: " + text);
	}

	@Test
	void aRoutineWithHelpEscalationAndPhoneNumbersShowsThemInBothLanguages() throws Exception {
		Path folder = out.resolve("folder");
		try (var files = Files.walk(ExampleFolder.FOLDER)) {
			for (Path file : files.toList()) {
				Path copy = folder.resolve(ExampleFolder.FOLDER.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(file, copy);
				}
			}
		}
		Files.writeString(folder.resolve("rutiner/hemtjanst.regler"), """
				verksamhetsrutin Hemtjänst_natt för hemtjänst med Trygghetskamera {
					roll Larmoperatör får tillsyn, loggning telefon "0690-250 100"
					roll Nattpatrull får besök telefon "070-123 45 67"
					kontakt Sjuksköterska "sjuksköterska i tjänst" telefon "0690-250 200"
					tillsyn 22:00–06:00 var 2:e timme
					steg Tillsyn: Larmoperatör gör tillsyn loggas i Tillsynsloggen
					steg Nytt_försök: om ej sedd, Larmoperatör gör tillsyn inom 15 minuter
					steg Hembesök: om fortfarande ej sedd, strömavbrott eller teknikfel, Nattpatrull gör besök inom 30 minuter dokumenteras i Lifecare
					steg Hjälp: om sedd och behöver hjälp, Nattpatrull gör besök inom 20 minuter dokumenteras i Lifecare
					steg Larma: om ingen hinner fram i tid, Larmoperatör ringer Sjuksköterska eller Nattpatrull
				}
				""");
		// kept in target/pdf beside the samples, to be looked at
		Path pdfs = SamplePdfs.FOLDER.resolve("rutin-med-larm");
		ExampleFolder.generate(folder, Language.SV, pdfs.resolve("sv"));
		String text = Pdfs.text(pdfs.resolve("sv/rutin-Hemtjanst_natt.pdf"));
		for (String expected : List.of("Larmoperatör Telefon: 0690-250 100", "Nattpatrull Telefon: 070-123 45 67",
				"Om brukaren syns och behöver hjälp, inom 20 minuter", "Om ingen hinner fram i tid",
				"Larmoperatör ringer Sjuksköterska, telefon 0690-250 200 Nattpatrull, telefon 070-123 45 67",
				"När brukaren syns och behöver hjälp (t.ex. har fallit) Hjälp", "När ingen hinner fram i tid Larma",
				"Besök och tillsyn dokumenteras i Lifecare", "Sjuksköterska Kontakt i rutinen: sjuksköterska i tjänst 0690-250 200")) {
			assertTrue(text.contains(expected), expected + " in " + text);
		}
		ExampleFolder.generate(folder, Language.EN, pdfs.resolve("en"));
		String english = Pdfs.text(pdfs.resolve("en/routine-Hemtjanst_natt.pdf"));
		for (String expected : List.of("Larmoperatör Phone: 0690-250 100", "If the person is seen and needs help, within 20 minutes",
				"If nobody can get there in time", "Larmoperatör calls Sjuksköterska, phone 0690-250 200",
				"When nobody can get there in time Larma", "Documented in Lifecare")) {
			assertTrue(english.contains(expected), expected + " in " + english);
		}
	}

	@Test
	void theChecklistShowsEachPointsStatusAndWhatSatisfiesIt() throws Exception {
		ExampleFolder.generate(Language.SV, out);
		String text = Pdfs.text(out.resolve("checklista-Inforande.pdf"));
		assertTrue(text.contains("Att tänka på vid införande av digital tillsyn (SKR)"), "the template's title");
		assertTrue(text.contains("Om tekniken inte skulle fungera ersätts den digitala tillsynen med ett fysiskt besök"), text);
		assertTrue(text.contains("✓ Uppfylld"), text);
		assertTrue(text.contains("Hemtjänst natt – Hembesök"), "the routine step that satisfies Teknikfel: " + text);
		assertTrue(text.contains("☐ Öppen"), text);
		// Kompetens is to be met by A2 and A4, which the project plan only plans: not ticked, counted apart
		assertTrue(text.contains("☐ Planerad"), text);
		assertTrue(text.contains("(A4) (planerad)"), text);
		assertTrue(text.contains("Ingen informationssäkerhetsanalys är gjord än"), "the open point's reason");
		String installation = Pdfs.text(out.resolve("checklista-Installation.pdf"));
		assertTrue(installation.contains("Beställning och förvaltning – Funktionskontroll"), installation);
	}

	@Test
	void theConsentFormHasTheQualitiesTheSignersAndTheAlternativeOnRefusal() throws Exception {
		ExampleFolder.generate(Language.SV, out);
		String text = Pdfs.text(out.resolve("samtyckesblankett-Kameratillsyn.pdf"));
		for (String expected : List.of("Samtycke till digital tillsyn", "1 Vad samtycket gäller", "4 Underskrifter",
				"Trygghetskamera för tillsyn i hemmet", "frivilligt", "specifikt", "otvetydigt", "informerat",
				"Du erbjuds i stället: Fysisk tillsyn enligt biståndsbeslutet",
				"Kameran monteras ned och fysisk tillsyn enligt biståndsbeslutet återupptas samma natt",
				"god man eller förvaltare", "brukaren inte motsätter sig", "närstående som bor stadigvarande med brukaren",
				"Lifecare", "Rörelsesensor", "var 6:e månad", "Underskrift", "Ort och datum")) {
			assertTrue(text.contains(expected), expected + " in " + text);
		}
	}

	@Test
	void theRuleDocumentsAreInEnglishWithLangEn() throws Exception {
		ExampleFolder.generate(Language.EN, out);
		assertTrue(Pdfs.text(out.resolve("routine-Hemtjanst_natt.pdf")).contains("Roles and permissions"));
		assertTrue(Pdfs.text(out.resolve("checklist-Inforande.pdf")).contains("✓ Satisfied"));
		String consent = Pdfs.text(out.resolve("consent-form-Kameratillsyn.pdf"));
		assertTrue(consent.contains("freely given"), consent);
		assertTrue(consent.contains("You are offered instead: Fysisk tillsyn enligt biståndsbeslutet"), consent);
	}

	@Test
	void twoRunsGiveIdenticalBytes() throws Exception {
		List<Path> first = ExampleFolder.generate(Language.SV, out.resolve("1"));
		List<Path> second = ExampleFolder.generate(Language.SV, out.resolve("2"));
		assertEquals(first.size(), second.size());
		assertTrue(first.size() >= 12, "report, annexes, six routines, two checklists, two consent forms: " + first);
		for (int i = 0; i < first.size(); i++) {
			assertEquals(first.get(i).getFileName(), second.get(i).getFileName());
			assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
		}
	}
}
