package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.Mitigation;
import se.dpia.model.Party;
import se.dpia.model.PartyRole;

class PubAnnexesTest {

	@TempDir
	Path out;

	@Test
	void eachProcessorGetsItsAnnexesNamedAfterItsId() throws Exception {
		List<Path> files = DpiaReportTest.generate(TestAssessments.camera(), Language.SV, out);
		assertEquals(List.of(out.resolve("konsekvensbedomning.pdf"), out.resolve("pub-bilagor-tryggahem.pdf"),
				out.resolve("pub-avtal-pub-tryggahem.pdf")), files);
	}

	@Test
	void theAnnexesHoldTheSuppliersPartsOfTheModel() throws Exception {
		String text = Pdfs.text(DpiaReportTest.generate(TestAssessments.camera(), Language.SV, out).get(1));
		for (String heading : List.of("Bilaga I Förteckning över parter", "Bilaga II Beskrivning av behandlingen",
				"Bilaga III Tekniska och organisatoriska åtgärder", "Bilaga IV Förteckning över underbiträden",
				"Lagring, gallring och personuppgifterna när tjänsterna upphör", "Befattning", "Namnförtydligande")) {
			assertTrue(text.contains(heading), heading + " in " + text);
		}
		assertTrue(text.contains(TestAssessments.SUPPLIER), "the supplier's name");
		assertTrue(text.contains("Storgatan 1"), "the supplier's address");
		assertTrue(text.contains(TestAssessments.SUB_PROCESSOR), "the sub-processor in Annex IV");
		assertTrue(text.contains(TestAssessments.LOG_TERMS), "the agreement's log terms");
		assertTrue(text.contains("Vem som tittade, när och hur länge."), "the flow's logging");
		assertTrue(text.contains("All bild överförs krypterad med TLS 1.3."), "the measure the supplier carries out");
		assertTrue(!text.contains("Endast tjänstgörande nattpersonal"), "not the controller's own measure");
		assertTrue(text.contains("Bild från bostaden"), "the sensitive data category");
	}

	@Test
	void aHostileProcessorIdStaysInsideTheOutputFolder() throws Exception {
		Assessment assessment = TestAssessments.camera();
		Party hostile = DpiaFactory.eINSTANCE.createParty();
		hostile.setId("../../CON");
		hostile.setName("Elak AB");
		hostile.setRole(PartyRole.PERSONUPPGIFTSBITRADE);
		assessment.getParties().add(hostile);
		List<Path> files = DpiaReportTest.generate(assessment, Language.EN, out.resolve("ut"));
		for (Path file : files) {
			assertEquals(out.resolve("ut"), file.getParent(), file.toString());
		}
		assertEquals("dpa-annexes-______CON.pdf", files.get(2).getFileName().toString());
	}

	@Test
	void annexIIIListsWhatEachSubProcessorCarriesOut() throws Exception {
		Assessment assessment = TestAssessments.camera();
		Party cloud = assessment.getParties().stream().filter(p -> p.getId().equals("molndrift")).findFirst().orElseThrow();
		Mitigation backup = DpiaFactory.eINSTANCE.createMitigation();
		backup.setId("A9");
		backup.setName("Säkerhetskopiering i Sverige");
		backup.setDescription("Molntjänsten tar säkerhetskopior varje natt till en andra hall i Sverige.");
		backup.setCarriedOutBy(cloud);
		assessment.getMitigations().add(backup);

		String text = Pdfs.text(DpiaReportTest.generate(assessment, Language.SV, out).get(1)).replaceAll("\\s+", " ");
		int annex3 = text.indexOf("Bilaga III Tekniska");
		int subProcessors = text.indexOf("Åtgärder som underbiträden genomför", annex3);
		int annex4 = text.indexOf("Bilaga IV Förteckning");
		assertTrue(annex3 >= 0 && subProcessors > annex3 && annex4 > subProcessors, text);
		String part = text.substring(subProcessors, annex4);
		assertTrue(part.contains(TestAssessments.SUB_PROCESSOR) && part.contains("Säkerhetskopiering i Sverige")
				&& part.contains("andra hall i Sverige"), part);
		assertTrue(!text.substring(annex3, subProcessors).contains("Säkerhetskopiering"),
				"the sub-processor's measure is not the processor's own");
	}

	@Test
	void aSubProcessorWithoutMeasuresReadsNotStated() throws Exception {
		String text = Pdfs.text(DpiaReportTest.generate(TestAssessments.camera(), Language.EN, out).get(1)).replaceAll("\\s+", " ");
		int subProcessors = text.indexOf("Measures the sub-processors carry out");
		int annex4 = text.indexOf("Annex IV List of sub-processors");
		assertTrue(subProcessors >= 0 && annex4 > subProcessors, text);
		String part = text.substring(subProcessors, annex4);
		assertTrue(part.contains(TestAssessments.SUB_PROCESSOR + " Not stated."), part);
	}
}
