package se.dpia.model.validation.checks;

import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.risk.RiskLevels;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.ModelCheck;

/**
 * A risk that remains above the acceptable level (after its measures, or before them while those are not
 * assessed) needs the DPO's sign-off in the review.
 */
final class DpoSignOffCheck extends ModelCheck<Risk> {

	DpoSignOffCheck() {
		super(Risk.class);
	}

	@Override
	protected void check(Risk risk, Issues issues) {
		if (!RiskLevels.isAboveAcceptable(risk)) {
			return;
		}
		Assessment assessment = assessmentOf(risk);
		boolean signedOff = assessment != null && assessment.getReview() != null
				&& assessment.getReview().isDpoSignedOff();
		if (!signedOff) {
			issues.error(IssueCodes.RESIDUAL_RISK_WITHOUT_DPO_SIGN_OFF, risk, null, RiskLevels.remaining(risk),
					RiskLevels.scaleOf(risk).acceptableLevel());
		}
	}
}
