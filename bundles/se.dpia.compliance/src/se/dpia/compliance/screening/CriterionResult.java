package se.dpia.compliance.screening;

import java.util.List;

import se.dpia.compliance.Fact;
import se.dpia.compliance.Messages;

/**
 * Whether one criterion holds for the assessment, and the model facts that make it hold (none when it doesn't).
 */
public record CriterionResult(Criterion criterion, List<Fact> facts) {

	public CriterionResult {
		facts = List.copyOf(facts);
	}

	public boolean holds() {
		return !facts.isEmpty();
	}

	/** Why it holds or doesn't, in plain words. */
	public String explanation(Messages messages) {
		// The large-scale texts name the threshold; the others ignore the argument.
		return messages.text("criterion." + criterion.code() + (holds() ? ".holds" : ".not"),
				ScreeningRules.LARGE_SCALE_SUBJECTS);
	}
}
