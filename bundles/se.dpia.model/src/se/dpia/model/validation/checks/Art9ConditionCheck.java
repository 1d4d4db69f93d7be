package se.dpia.model.validation.checks;

import java.util.List;
import java.util.stream.Collectors;

import se.dpia.model.Art9Condition;
import se.dpia.model.DataCategory;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.facts.Facts;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.Labels;
import se.dpia.model.validation.ModelCheck;

/** A processing activity with special-category data (Art. 9(1)) names its Art. 9(2) condition. */
final class Art9ConditionCheck extends ModelCheck<ProcessingActivity> {

	Art9ConditionCheck() {
		super(ProcessingActivity.class);
	}

	@Override
	protected void check(ProcessingActivity activity, Issues issues) {
		if (activity.getArt9Condition() != Art9Condition.INGEN) {
			return;
		}
		List<DataCategory> special = activity.getDataCategories().stream()
				.filter(category -> Facts.special(category.getSpecialCategory())).toList();
		if (!special.isEmpty()) {
			String categories = special.stream()
					.map(category -> Labels.of(category) + " (" + category.getSpecialCategory().getLiteral() + ")")
					.collect(Collectors.joining(", "));
			issues.error(IssueCodes.SPECIAL_CATEGORY_WITHOUT_ART9_CONDITION, activity,
					Literals.PROCESSING_ACTIVITY__ART9_CONDITION, categories);
		}
	}
}
