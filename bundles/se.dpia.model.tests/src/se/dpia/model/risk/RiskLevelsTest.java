package se.dpia.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.Risk;
import se.dpia.model.RiskScale;
import se.dpia.model.ScaleLevel;

/** RiskLevels and RiskScales: the risk arithmetic that documents, views and validation share. */
class RiskLevelsTest {

	private final Assessment assessment = DpiaFactory.eINSTANCE.createAssessment();
	private final Risk risk = DpiaFactory.eINSTANCE.createRisk();

	RiskLevelsTest() {
		assessment.getRisks().add(risk);
	}

	@Test
	void theLevelIsLikelihoodTimesSeverityBeforeAndAfterTheMeasures() {
		rate(3, 4, 2, 3);

		assertEquals(12, RiskLevels.inherent(risk));
		assertEquals(6, RiskLevels.residual(risk));
		assertEquals(6, RiskLevels.remaining(risk));
	}

	@Test
	void aMissingFactorMeansNotAssessed() {
		rate(3, 0, 0, 2);

		assertEquals(RiskLevels.NOT_ASSESSED, RiskLevels.inherent(risk));
		assertEquals(RiskLevels.NOT_ASSESSED, RiskLevels.residual(risk));
		assertEquals(RiskLevels.NOT_ASSESSED, RiskLevels.remaining(risk));
		assertFalse(RiskLevels.isAboveAcceptable(risk));
	}

	@Test
	void aRiskWhoseMeasuresAreNotAssessedRemainsAtItsInherentLevel() {
		rate(4, 3, 0, 0);

		assertEquals(12, RiskLevels.remaining(risk));
		assertTrue(RiskLevels.isAboveAcceptable(risk));
	}

	@Test
	void theDefaultAcceptableLevelIsSix() {
		rate(4, 4, 2, 3);
		assertFalse(RiskLevels.isAboveAcceptable(risk));

		risk.setResidualSeverity(4);
		assertTrue(RiskLevels.isAboveAcceptable(risk));
	}

	@Test
	void theAssessmentsScaleSetsTheAcceptableLevel() {
		RiskScale scale = DpiaFactory.eINSTANCE.createRiskScale();
		scale.setAcceptableLevel(8);
		assessment.setRiskScale(scale);
		rate(4, 4, 2, 4);

		assertFalse(RiskLevels.isAboveAcceptable(risk));
		assertEquals(4, RiskLevels.scaleOf(risk).max(), "a scale without levels keeps the four CNIL levels");
	}

	@Test
	void withoutAScaleTheCnilLevelsApplyWithTheirSwedishAndEnglishLabels() {
		RiskScales scale = RiskScales.of(assessment);

		assertEquals(RiskScales.CNIL, scale);
		assertEquals(1, scale.min());
		assertEquals(4, scale.max());
		assertEquals(6, scale.acceptableLevel());
		assertEquals("Betydande", scale.likelihoodLabel(3, Locale.of("sv")));
		assertEquals("Allvarlig", scale.severityLabel(3, Locale.of("sv")));
		assertEquals("Significant", scale.severityLabel(3, Locale.ENGLISH));
		assertEquals("Obetydlig", scale.likelihoodLabel(1, Locale.of("sv")));
		assertEquals("Maximum", scale.likelihoodLabel(4, Locale.ENGLISH));
		assertFalse(scale.contains(0));
		assertFalse(scale.contains(5));
	}

	@Test
	void anAssessmentsOwnLevelsReplaceTheDefaults() {
		RiskScale own = DpiaFactory.eINSTANCE.createRiskScale();
		own.setAcceptableLevel(4);
		own.getLevels().add(level(3, "Hög", "High"));
		own.getLevels().add(level(1, "Låg", "Low"));
		own.getLevels().add(level(2, "Medel", null));
		assessment.setRiskScale(own);

		RiskScales scale = RiskScales.of(assessment);

		assertEquals(1, scale.min());
		assertEquals(3, scale.max());
		assertEquals(4, scale.acceptableLevel());
		assertEquals("Hög", scale.severityLabel(3, Locale.of("sv")));
		assertEquals("High", scale.likelihoodLabel(3, Locale.ENGLISH));
		assertEquals("Medel", scale.likelihoodLabel(2, Locale.ENGLISH), "the Swedish label stands in for a missing English one");
		assertEquals("7", scale.likelihoodLabel(7, Locale.ENGLISH));
	}

	private void rate(int likelihood, int severity, int residualLikelihood, int residualSeverity) {
		risk.setLikelihood(likelihood);
		risk.setSeverity(severity);
		risk.setResidualLikelihood(residualLikelihood);
		risk.setResidualSeverity(residualSeverity);
	}

	private static ScaleLevel level(int value, String label, String labelEn) {
		ScaleLevel level = DpiaFactory.eINSTANCE.createScaleLevel();
		level.setValue(value);
		level.setLabel(label);
		level.setLabelEn(labelEn);
		return level;
	}

	@Test
	void aLevelBeyondIntSaturatesAndStaysAboveTheAcceptableLevel() {
		rate(46_341, 46_341, 46_341, 46_341);

		assertEquals(Integer.MAX_VALUE, RiskLevels.inherent(risk), "46,341 × 46,341 overflows int");
		assertEquals(Integer.MAX_VALUE, RiskLevels.remaining(risk));
		assertTrue(RiskLevels.isAboveAcceptable(risk));
	}
}
