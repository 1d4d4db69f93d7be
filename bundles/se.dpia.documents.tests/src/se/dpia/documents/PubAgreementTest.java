package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.Annex3Heading;
import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.DpiaFactory;
import se.dpia.model.EndOfProcessing;
import se.dpia.model.JaNej;
import se.dpia.model.Mitigation;
import se.dpia.model.MitigationStatus;
import se.dpia.model.Person;
import se.dpia.model.PubAgreement;
import se.dpia.model.SecurityCategory;
import se.dpia.model.SubProcessorAuthorisation;

/**
 * The PUB agreement ({@code pub-avtal-<id>.pdf}) incorporates the standard clauses of Implementing Decision (EU)
 * 2021/915 by reference and records each choice they leave open, from the model or "Ej angivet"; its annexes (and
 * the annex-only file) follow the decision's headings, Annex III with every measure of the processor under the
 * annex's own headings.
 */
class PubAgreementTest {

	private static final String NOT_STATED = "Ej angivet";

	@TempDir
	Path out;

	private static Mitigation measure(Assessment assessment, String id) {
		return assessment.getMitigations().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
	}

	private static PubAgreement agreement(Assessment assessment) {
		return assessment.getAgreements().get(0);
	}

	private String text(Assessment assessment, Language language, String file) throws Exception {
		List<Path> files = DpiaReportTest.generate(assessment, language, out);
		Path pdf = out.resolve(file);
		assertTrue(files.contains(pdf), file + " in " + files);
		return Pdfs.text(pdf);
	}

	@Test
	void eachAgreementGetsItsOwnFileBesideTheAnnexes() throws Exception {
		List<Path> files = DpiaReportTest.generate(TestAssessments.camera(), Language.SV, out);
		assertEquals(List.of(out.resolve("konsekvensbedomning.pdf"), out.resolve("pub-bilagor-tryggahem.pdf"),
				out.resolve("pub-avtal-pub-tryggahem.pdf")), files);
		List<Path> english = DpiaReportTest.generate(TestAssessments.camera(), Language.EN, out.resolve("en"));
		assertEquals(out.resolve("en/dpa-pub-tryggahem.pdf"), english.get(2));
	}

	@Test
	void theAgreementCitesTheDecisionItsJournalAndTheLanguageVersion() throws Exception {
		String swedish = text(TestAssessments.camera(), Language.SV, "pub-avtal-pub-tryggahem.pdf");
		for (String cited : List.of("Personuppgiftsbiträdesavtal", "genomförandebeslut (EU) 2021/915",
				"EUT L 199, 7.6.2021, s. 18", "svenska", "språkversionen", "klausul 2", "Bilaga I Förteckning över parter",
				"Bilaga IV Förteckning över underbiträden", "Ort och datum", "Namnförtydligande", "Befattning")) {
			assertTrue(swedish.contains(cited), cited + " in " + swedish);
		}
		String english = text(TestAssessments.camera(), Language.EN, "dpa-pub-tryggahem.pdf");
		for (String cited : List.of("Data processing agreement", "Implementing Decision (EU) 2021/915",
				"OJ L 199, 7.6.2021, p. 18", "English language version", "Place and date", "Name in print", "Position")) {
			assertTrue(english.contains(cited), cited + " in " + english);
		}
	}

	@Test
	void everyOpenChoiceReadsNotStated() throws Exception {
		Texts texts = Texts.load(DpiaReportTest.TEMPLATES, Language.SV);
		DocumentKind.Output output = new PubAgreements().outputs(TestAssessments.camera(), List.of(), texts).get(0);
		Map<?, ?> contract = (Map<?, ?>) output.values().get("contract");
		for (String choice : List.of("docking", "option", "noticePeriod", "endOfProcessing", "breachContactController",
				"breachContactProcessor", "breachNotificationTime", "duration")) {
			assertEquals(NOT_STATED, contract.get(choice), choice);
		}
		Map<?, ?> signatory = (Map<?, ?>) ((Map<?, ?>) output.values().get("processor")).get("signatory");
		assertEquals(NOT_STATED, signatory.get("position"));
		assertEquals(NOT_STATED, signatory.get("printedName"));
		String text = text(TestAssessments.camera(), Language.SV, "pub-avtal-pub-tryggahem.pdf");
		String choices = text.substring(text.indexOf("2 Parternas val enligt klausulerna"), text.indexOf("3 Underskrifter"));
		assertFalse(choices.contains("Alternativ 1") || choices.contains("Alternativ 2"), choices);
		assertTrue(choices.split(NOT_STATED, -1).length - 1 >= 8, "each of the eight choices: " + choices);
	}

	@Test
	void theChoicesTheModelStatesArePrinted() throws Exception {
		Assessment assessment = TestAssessments.camera();
		PubAgreement agreement = agreement(assessment);
		agreement.setDockingClause(JaNej.NEJ);
		agreement.setSubProcessorAuthorisation(SubProcessorAuthorisation.ALLMANT);
		agreement.setNoticePeriod("30 dagar");
		agreement.setEndOfProcessing(EndOfProcessing.ATERLAMNA);
		agreement.setBreachContactController("Dataskyddsombudet, dso@kommunen.se");
		agreement.setBreachContactProcessor("Säkerhetschefen hos Trygga Hem");
		agreement.setBreachNotificationTime("inom 24 timmar");
		Person signatory = DpiaFactory.eINSTANCE.createPerson();
		signatory.setId("sn_ordf");
		signatory.setName("Eva Exempelsson");
		signatory.setTitle("Socialnämndens ordförande");
		assessment.getPeople().add(signatory);
		agreement.setControllerSignatory(signatory);
		String text = text(assessment, Language.SV, "pub-avtal-pub-tryggahem.pdf");
		for (String stated : List.of("Ingår inte", "Alternativ 2, allmänt skriftligt tillstånd", "30 dagar",
				"Återlämna: biträdet lämnar tillbaka", "Dataskyddsombudet, dso@kommunen.se",
				"Säkerhetschefen hos Trygga Hem", "inom 24 timmar", "Eva Exempelsson", "Socialnämndens ordförande")) {
			assertTrue(text.contains(stated), stated + " in " + text);
		}
		assertTrue(text.contains("Ingår inte"), "Clause 5 stated no");
	}

	@Test
	void annexThreeShowsEveryHeadingOfTheDecisionNotStatedWhereEmpty() throws Exception {
		Texts texts = Texts.load(DpiaReportTest.TEMPLATES, Language.SV);
		String text = text(TestAssessments.camera(), Language.SV, "pub-bilagor-tryggahem.pdf").replaceAll("\\s+", " ");
		for (Annex3Heading heading : Annex3Heading.VALUES) {
			String shown = (heading.getValue() + 1) + ". " + texts.label(heading);
			assertTrue(text.contains(shown), shown + " in " + text);
		}
		// A2 (carried out by the supplier) names no heading and no Art. 32 category: it is listed apart, not lost
		String annex3 = text.substring(text.indexOf("Bilaga III"), text.indexOf("Bilaga IV Förteckning"));
		assertTrue(annex3.contains("1. Pseudonymisering och kryptering av personuppgifter Ej angivet"), annex3);
		assertTrue(annex3.contains("Åtgärder utan angiven rubrik"), annex3);
		assertTrue(annex3.contains("Krypterad överföring"), annex3);
	}

	@Test
	void aMeasureStandsUnderItsHeadingsAndItsArt32Category() throws Exception {
		Assessment assessment = TestAssessments.camera();
		Mitigation encryption = measure(assessment, "A2");
		encryption.getAnnexHeadings().add(Annex3Heading.SKYDD_VID_OVERFORING);
		encryption.setSecurityCategory(SecurityCategory.PSEUDONYMISERING_KRYPTERING);
		encryption.setStatus(MitigationStatus.PLANERAD);
		String text = text(assessment, Language.SV, "pub-bilagor-tryggahem.pdf").replaceAll("\\s+", " ");
		String annex3 = text.substring(text.indexOf("Bilaga III"), text.indexOf("Bilaga IV Förteckning"));
		assertTrue(between(annex3, "1. Pseudonymisering", "2. Fortlöpande").contains("A2 Krypterad överföring"), annex3);
		assertTrue(between(annex3, "6. Skydd av uppgifter vid överföring", "7. Skydd").contains("A2 Krypterad överföring"), annex3);
		assertTrue(between(annex3, "7. Skydd av uppgifter vid lagring", "8. Fysisk").contains("Ej angivet"), annex3);
		assertTrue(annex3.contains("Planerad, ännu inte genomförd"), "a planned measure says it is not in place: " + annex3);
		assertFalse(annex3.contains("Åtgärder utan angiven rubrik"), annex3);
		assertFalse(annex3.contains("Behörighetsstyrning"), "the controller's own measure is not the processor's");
	}

	@Test
	void theSafeguardsOfSensitiveDataPointToMeasuresAnnexThreeLists() throws Exception {
		Assessment assessment = TestAssessments.camera();
		Mitigation encryption = measure(assessment, "A2");
		DataCategory image = assessment.getDataCategories().stream().filter(c -> "Bild från bostaden".equals(c.getName()))
				.findFirst().orElseThrow();
		encryption.getProtects().add(image);
		measure(assessment, "A1").getProtects().add(image); // the controller's measure: not in the processor's annex
		Texts texts = Texts.load(DpiaReportTest.TEMPLATES, Language.SV);
		Map<String, Object> values = new PubAnnexes().outputs(assessment, List.of(), texts).get(0).values();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> sensitive = (List<Map<String, Object>>) values.get("sensitive");
		assertEquals("A2 Krypterad överföring", sensitive.get(0).get("safeguards"));
		String text = text(assessment, Language.SV, "pub-bilagor-tryggahem.pdf").replaceAll("\\s+", " ");
		String annex3 = text.substring(text.indexOf("Bilaga III"), text.indexOf("Bilaga IV Förteckning"));
		assertTrue(annex3.contains("A2 Krypterad överföring"), annex3);
	}

	@Test
	void theAngeExamplesAgreementStatesWhatItsSourcesStateAndNoMore() throws Exception {
		List<Path> files = ExampleFolder.generate(Language.SV, out);
		Path agreement = files.stream().filter(f -> f.getFileName().toString().startsWith("pub-avtal-")).findFirst()
				.orElseThrow(() -> new AssertionError("no agreement in " + files));
		String text = Pdfs.text(agreement);
		assertFalse(text.contains("ska regleras i PUB-avtalet"), "the agreement does not defer to itself");
		assertTrue(text.contains("Loggning av åtkomst"), "the supplier's measure in Annex III");
		String annex4 = text.substring(text.indexOf("Bilaga IV Förteckning"));
		assertTrue(annex4.contains("Tillstånd att anlita underbiträden (klausul 7.7) " + NOT_STATED), annex4);
		assertEquals(List.of(), PageMarginsTest.glyphsBeyondTheRightMargin(agreement));
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		int end = text.indexOf(to, start + from.length());
		assertTrue(start >= 0 && end > start, from + " … " + to + " in " + text);
		return text.substring(start, end);
	}
}
