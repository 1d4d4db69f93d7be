package se.dpia.model.validation.checks;

import se.dpia.model.DataCategory;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.ModelCheck;

/** Every category of personal data says when it is deleted (gallring, Art. 5(1)(e), Art. 30(1)(f)). */
final class RetentionCheck extends ModelCheck<DataCategory> {

	RetentionCheck() {
		super(DataCategory.class);
	}

	@Override
	protected void check(DataCategory category, Issues issues) {
		if (isBlank(category.getRetention()) && category.getRetentionDays() < 0) {
			issues.warning(IssueCodes.DATA_WITHOUT_RETENTION, category, Literals.DATA_CATEGORY__RETENTION);
		}
	}
}
