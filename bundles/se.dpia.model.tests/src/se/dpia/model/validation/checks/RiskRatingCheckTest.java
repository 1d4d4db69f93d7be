package se.dpia.model.validation.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.model.validation.Fixtures.assessment;
import static se.dpia.model.validation.Fixtures.codesOf;
import static se.dpia.model.validation.Fixtures.risk;
import static se.dpia.model.validation.Fixtures.single;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.Risk;
import se.dpia.model.RiskScale;
import se.dpia.model.RiskStatus;
import se.dpia.model.ScaleLevel;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.ModelIssue;

class RiskRatingCheckTest {

	private final Assessment assessment = assessment();
	private final Risk risk = risk(assessment, "R1");

	@Test
	void aRiskRatedBeforeAndAfterItsMeasuresIsFine() {
		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aRiskWithoutLikelihoodIsNotAssessed() {
		risk.setLikelihood(0);

		ModelIssue issue = single(assessment, IssueCodes.RISK_NOT_ASSESSED);

		assertFalse(issue.isError());
		assertTrue(issue.getMessage().contains("1 to 4"), issue.getMessage());
	}

	@Test
	void aRiskWithMeasuresButNoResidualRatingIsReported() {
		risk.setResidualLikelihood(0);
		risk.setResidualSeverity(0);

		assertEquals(List.of(IssueCodes.RESIDUAL_RISK_NOT_ASSESSED), codesOf(assessment));
	}

	@Test
	void anAcceptedRiskWithoutMeasuresNeedsNoResidualRating() {
		risk.getMitigations().clear();
		risk.setStatus(RiskStatus.ACCEPTERAD);
		risk.setAcceptanceRationale("Låg risk.");
		risk.setResidualLikelihood(0);
		risk.setResidualSeverity(0);

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aLevelAboveTheDefaultScaleIsAnError() {
		risk.setResidualSeverity(5);

		ModelIssue issue = single(assessment, IssueCodes.RISK_LEVEL_OUTSIDE_SCALE);

		assertTrue(issue.isError());
		assertTrue(issue.getMessage().contains("residualSeverity 5"), issue.getMessage());
	}

	@Test
	void aNegativeLevelIsOutsideTheScale() {
		risk.setSeverity(-1);

		assertTrue(codesOf(assessment).contains(IssueCodes.RISK_LEVEL_OUTSIDE_SCALE));
	}

	@Test
	void aFiveLevelScaleAcceptsFive() {
		RiskScale scale = DpiaFactory.eINSTANCE.createRiskScale();
		for (int value = 1; value <= 5; value++) {
			ScaleLevel level = DpiaFactory.eINSTANCE.createScaleLevel();
			level.setValue(value);
			scale.getLevels().add(level);
		}
		assessment.setRiskScale(scale);
		risk.setSeverity(5);
		risk.setResidualSeverity(5);
		risk.setResidualLikelihood(1);

		assertEquals(List.of(), codesOf(assessment));
	}
}
