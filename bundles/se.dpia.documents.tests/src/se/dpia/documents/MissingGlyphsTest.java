package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.dpia.documents.pdf.FontCoverage;
import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.Risk;

/** Text the document font cannot draw is found before layout and reported with its element and character. */
class MissingGlyphsTest {

	@Test
	void theFontDrawsSwedishTheChecklistMarksAndDashesButNotCjkThaiDevanagariOrHangul() {
		assertEquals(-1, FontCoverage.firstMissing("Åsa Öberg – hemtjänst ✓ ☐ € §\n\t"));
		assertEquals(0x6771, FontCoverage.firstMissing("Tokyo 東京"));
		assertEquals(0x0E01, FontCoverage.firstMissing("ก"));
		assertEquals(0x0915, FontCoverage.firstMissing("क"));
		assertEquals(0xD55C, FontCoverage.firstMissing("한"));
	}

	@Test
	void eachTextWithAMissingCharacterIsToldWithItsElementAttributeAndCharacter() {
		Assessment assessment = DpiaFactory.eINSTANCE.createAssessment();
		assessment.setId("a");
		assessment.setName("Ånge kommun");
		Risk risk = DpiaFactory.eINSTANCE.createRisk();
		risk.setId("R1");
		risk.setName("Kamera i 寝室");
		assessment.getRisks().add(risk);

		List<String> missing = MissingGlyphs.in(assessment, List.of());

		assertEquals(1, missing.size(), missing.toString());
		assertTrue(missing.get(0).startsWith("the Risk R1, name: '寝' (U+5BDD) is not in the document font"), missing.get(0));
	}

	@Test
	void theReportIsBoundedForAModelWrittenInAnotherScript() {
		Assessment assessment = DpiaFactory.eINSTANCE.createAssessment();
		for (int i = 0; i < 100; i++) {
			Risk risk = DpiaFactory.eINSTANCE.createRisk();
			risk.setId("R" + i);
			risk.setName("風険");
			assessment.getRisks().add(risk);
		}

		List<String> missing = MissingGlyphs.in(assessment, List.of());

		assertEquals(MissingGlyphs.MAX_REPORTED + 1, missing.size());
		assertTrue(missing.get(missing.size() - 1).contains("80 more"), missing.toString());
	}

	@Test
	void theBundledExampleNeedsNoOtherFont() throws Exception {
		var folder = ExampleFolder.load();

		assertEquals(List.of(), MissingGlyphs.in(folder.assessment(), DocumentInput.ruleFiles(folder.ruleResources())));
	}
}
