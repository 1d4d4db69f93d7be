package se.dpia.model.validation.checks;

import se.dpia.model.Assessment;
import se.dpia.model.AssessmentStatus;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.ModelCheck;

/** The DPO's advice is sought (Art. 35(2)): a DPO is named, and an approved assessment holds the DPO's opinion. */
final class DpoCheck extends ModelCheck<Assessment> {

	DpoCheck() {
		super(Assessment.class);
	}

	@Override
	protected void check(Assessment assessment, Issues issues) {
		if (assessment.getDpo() == null) {
			issues.warning(IssueCodes.DPO_NOT_NAMED, assessment, Literals.ASSESSMENT__DPO);
		}
		boolean hasOpinion = assessment.getReview() != null && !isBlank(assessment.getReview().getDpoOpinion());
		if (assessment.getStatus() == AssessmentStatus.GODKAND && !hasOpinion) {
			issues.error(IssueCodes.APPROVED_WITHOUT_DPO_OPINION, assessment, Literals.ASSESSMENT__REVIEW);
		}
	}
}
