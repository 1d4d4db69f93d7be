package se.dpia.model.validation.checks;

import se.dpia.model.Art6Ground;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.ModelCheck;

/** A processing activity has a purpose (Art. 5(1)(b)) and an Art. 6(1) ground. */
final class LegalBasisCheck extends ModelCheck<ProcessingActivity> {

	LegalBasisCheck() {
		super(ProcessingActivity.class);
	}

	@Override
	protected void check(ProcessingActivity activity, Issues issues) {
		if (activity.getArt6Ground() == Art6Ground.INGEN) {
			issues.error(IssueCodes.PROCESSING_WITHOUT_LEGAL_BASIS, activity, Literals.PROCESSING_ACTIVITY__ART6_GROUND);
		}
		if (activity.getPurposes().stream().allMatch(ModelCheck::isBlank)) {
			issues.warning(IssueCodes.PROCESSING_WITHOUT_PURPOSE, activity, Literals.PROCESSING_ACTIVITY__PURPOSES);
		}
	}
}
