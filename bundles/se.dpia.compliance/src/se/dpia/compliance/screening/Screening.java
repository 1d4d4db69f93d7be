package se.dpia.compliance.screening;

import java.util.Arrays;
import java.util.List;

import se.dpia.compliance.Messages;
import se.dpia.model.Assessment;

/**
 * The screening of an assessment against the nine WP248 criteria: is a DPIA required? Two or more criteria met
 * means yes (WP248: "in most cases"); IMY's list asks for a DPIA when at least two of its points are present.
 */
public record Screening(List<CriterionResult> results) {

	/** The number of criteria from which a DPIA is required. */
	public static final int REQUIRED_FROM = 2;

	public Screening {
		results = List.copyOf(results);
	}

	/** Screens an assessment: each of the nine criteria, in order, with its facts. */
	public static Screening of(Assessment assessment) {
		return new Screening(Arrays.stream(Criterion.values())
				.map(criterion -> new CriterionResult(criterion, ScreeningRules.factsFor(criterion, assessment)))
				.toList());
	}

	/** The criteria that hold. */
	public List<CriterionResult> met() {
		return results.stream().filter(CriterionResult::holds).toList();
	}

	public boolean dpiaRequired() {
		return met().size() >= REQUIRED_FROM;
	}

	/** The result for one criterion. */
	public CriterionResult result(Criterion criterion) {
		return results.get(criterion.ordinal());
	}

	/** The points of IMY's list that the model shows: those of the criteria that hold. */
	public List<String> imyItems(Messages messages) {
		return met().stream().map(r -> r.criterion().imyItem(messages)).toList();
	}

	/** The conclusion in plain words: required, possibly required (one criterion), or not required. */
	public String conclusion(Messages messages) {
		int count = met().size();
		String key = dpiaRequired() ? "screening.required" : count == 1 ? "screening.one" : "screening.none";
		return messages.text(key, count);
	}
}
