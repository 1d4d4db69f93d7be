package se.dpia.model.validation.checks;

import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.ModelCheck;

/**
 * Each processing activity says how its data is minimised (Art. 5(1)(c)) and how the data subjects are informed
 * (Art. 13 and 14): facts section 3 of the report (necessity and proportionality) shows.
 */
final class ProportionalityCheck extends ModelCheck<ProcessingActivity> {

	ProportionalityCheck() {
		super(ProcessingActivity.class);
	}

	@Override
	protected void check(ProcessingActivity activity, Issues issues) {
		if (isBlank(activity.getMinimisation())) {
			issues.warning(IssueCodes.MINIMISATION_NOT_STATED, activity, Literals.PROCESSING_ACTIVITY__MINIMISATION);
		}
		if (isBlank(activity.getDataSubjectInformation())) {
			issues.warning(IssueCodes.DATA_SUBJECT_INFORMATION_NOT_STATED, activity,
					Literals.PROCESSING_ACTIVITY__DATA_SUBJECT_INFORMATION);
		}
	}
}
