package se.dpia.model.validation.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.ModelIssue;

class DpoSignOffCheckTest {

	private final Assessment assessment = assessment();
	private final Risk risk = risk(assessment, "R1");

	@Test
	void aResidualLevelAboveSixWithoutSignOffIsAnError() {
		risk.setResidualLikelihood(3);
		risk.setResidualSeverity(3);

		ModelIssue issue = single(assessment, IssueCodes.RESIDUAL_RISK_WITHOUT_DPO_SIGN_OFF);

		assertTrue(issue.isError());
		assertTrue(issue.getMessage().contains("level 9, above the acceptable level 6"), issue.getMessage());
	}

	@Test
	void theDposSignOffAcceptsIt() {
		risk.setResidualLikelihood(3);
		risk.setResidualSeverity(3);
		assessment.getReview().setDpoSignedOff(true);

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aResidualLevelAtTheAcceptableLevelNeedsNoSignOff() {
		risk.setResidualLikelihood(2);
		risk.setResidualSeverity(3);

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aHighRiskWhoseMeasuresAreNotAssessedStaysAtItsInherentLevel() {
		risk.setLikelihood(4);
		risk.setSeverity(4);
		risk.setResidualLikelihood(0);
		risk.setResidualSeverity(0);

		assertTrue(codesOf(assessment).contains(IssueCodes.RESIDUAL_RISK_WITHOUT_DPO_SIGN_OFF));
	}

	@Test
	void theAssessmentsOwnAcceptableLevelApplies() {
		RiskScale scale = DpiaFactory.eINSTANCE.createRiskScale();
		scale.setAcceptableLevel(9);
		assessment.setRiskScale(scale);
		risk.setResidualLikelihood(3);
		risk.setResidualSeverity(3);

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aLevelThatOverflowsIntStillNeedsTheSignOff() {
		risk.setLikelihood(46_341);
		risk.setSeverity(46_341);
		risk.setResidualLikelihood(46_341);
		risk.setResidualSeverity(46_341);

		assertTrue(codesOf(assessment).contains(IssueCodes.RESIDUAL_RISK_WITHOUT_DPO_SIGN_OFF), codesOf(assessment).toString());
	}
}
