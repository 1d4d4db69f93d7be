package se.dpia.model.validation.checks;

import se.dpia.model.Assessment;
import se.dpia.model.DataSubjectRights;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.ModelCheck;

/**
 * The assessment says how the data subjects exercise their rights and who handles their requests (Art. 12, 15 to
 * 21), and when it is reviewed next (Art. 35(11)).
 */
final class FollowUpCheck extends ModelCheck<Assessment> {

	FollowUpCheck() {
		super(Assessment.class);
	}

	@Override
	protected void check(Assessment assessment, Issues issues) {
		DataSubjectRights rights = assessment.getRights();
		if (rights == null || isBlank(rights.getRequests()) && isBlank(rights.getAccess())) {
			issues.warning(IssueCodes.RIGHTS_HANDLING_NOT_STATED, assessment, Literals.ASSESSMENT__RIGHTS);
		}
		if (assessment.getReview() == null || isBlank(assessment.getReview().getNextReviewDate())) {
			issues.warning(IssueCodes.NEXT_REVIEW_NOT_STATED, assessment, Literals.ASSESSMENT__REVIEW);
		}
	}
}
