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
		assertTrue(text.contains("Enhetschef behörighetstilldelning, loggläsning, uppföljning"), text);
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
