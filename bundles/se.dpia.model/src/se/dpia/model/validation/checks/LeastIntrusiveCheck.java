package se.dpia.model.validation.checks;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.Technology;
import se.dpia.model.TechnologyStatus;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.Labels;
import se.dpia.model.validation.ModelCheck;

/**
 * The least-intrusive principle: a chosen technology that intrudes more than another meeting the same need says
 * why the less intrusive one is not enough. Technologies with the same {@code need} are alternatives; an
 * intrusiveness of 0 or less means not ranked, and such a technology can't be compared.
 */
final class LeastIntrusiveCheck extends ModelCheck<Technology> {

	LeastIntrusiveCheck() {
		super(Technology.class);
	}

	@Override
	protected void check(Technology technology, Issues issues) {
		Assessment assessment = assessmentOf(technology);
		if (assessment == null || isBlank(technology.getNeed())) {
			return;
		}
		List<Technology> alternatives = assessment.getTechnologies().stream()
				.filter(other -> other != technology && sameNeed(other, technology)).toList();
		if (alternatives.isEmpty()) {
			return;
		}
		if (technology.getIntrusiveness() <= 0) {
			issues.warning(IssueCodes.TECHNOLOGY_NOT_RANKED, technology, Literals.TECHNOLOGY__INTRUSIVENESS,
					technology.getNeed());
			return;
		}
		// a technology whose status is not stated is read as chosen, like the compliance rules do
		boolean notUsed = technology.getStatus() == TechnologyStatus.ALTERNATIV
				|| technology.getStatus() == TechnologyStatus.AVVISAD;
		if (notUsed || !isBlank(technology.getChoiceRationale())) {
			return;
		}
		Optional<Technology> lessIntrusive = alternatives.stream()
				.filter(other -> other.getIntrusiveness() > 0 && other.getIntrusiveness() < technology.getIntrusiveness())
				.min(Comparator.comparingInt(Technology::getIntrusiveness));
		lessIntrusive.ifPresent(other -> issues.error(IssueCodes.MORE_INTRUSIVE_TECHNOLOGY_WITHOUT_RATIONALE,
				technology, Literals.TECHNOLOGY__CHOICE_RATIONALE, technology.getIntrusiveness(), Labels.of(other),
				other.getIntrusiveness(), technology.getNeed()));
	}

	private static boolean sameNeed(Technology one, Technology other) {
		return !isBlank(one.getNeed()) && normalise(one.getNeed()).equals(normalise(other.getNeed()));
	}

	private static String normalise(String need) {
		return need.strip().toLowerCase(Locale.ROOT);
	}
}
