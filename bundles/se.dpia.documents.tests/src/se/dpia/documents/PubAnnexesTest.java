package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
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
}
