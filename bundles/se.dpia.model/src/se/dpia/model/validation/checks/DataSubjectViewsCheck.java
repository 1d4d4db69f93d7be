package se.dpia.model.validation.checks;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.Review;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.ModelCheck;

/** The review records the data subjects' views, or why they were not sought (Art. 35(9)). */
final class DataSubjectViewsCheck extends ModelCheck<Assessment> {

	DataSubjectViewsCheck() {
		super(Assessment.class);
	}

	@Override
	protected void check(Assessment assessment, Issues issues) {
		Review review = assessment.getReview();
		if (review == null || isBlank(review.getDataSubjectViews()) && isBlank(review.getViewsNotSoughtReason())) {
			issues.warning(IssueCodes.DATA_SUBJECT_VIEWS_MISSING, assessment, Literals.ASSESSMENT__REVIEW);
		}
	}
}
