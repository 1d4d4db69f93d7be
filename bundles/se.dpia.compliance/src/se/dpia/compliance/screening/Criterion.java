package se.dpia.compliance.screening;

import se.dpia.compliance.Messages;

/**
 * The nine criteria of the EDPB guidelines on DPIA (WP248 rev.01, III.B.a), in the guidelines' order. Meeting two
 * or more means a DPIA is in most cases required; IMY's list under Art. 35(4) repeats them as its points.
 */
public enum Criterion {

	EVALUATION_SCORING("evaluation-scoring"),
	AUTOMATED_DECISION("automated-decision"),
	SYSTEMATIC_MONITORING("systematic-monitoring"),
	SENSITIVE_DATA("sensitive-data"),
	LARGE_SCALE("large-scale"),
	MATCHING_DATASETS("matching-datasets"),
	VULNERABLE_SUBJECTS("vulnerable-subjects"),
	INNOVATIVE_TECHNOLOGY("innovative-technology"),
	PREVENTS_RIGHT_OR_SERVICE("prevents-right-or-service");

	private final String code;

	Criterion(String code) {
		this.code = code;
	}

	/** A stable code, e.g. {@code systematic-monitoring}. */
	public String code() {
		return code;
	}

	/** The criterion's number in WP248, 1 to 9. */
	public int number() {
		return ordinal() + 1;
	}

	public String title(Messages messages) {
		return messages.text("criterion." + code + ".title");
	}

	/** The matching point of IMY's list (förteckning enligt artikel 35.4), in IMY's Swedish wording or in English. */
	public String imyItem(Messages messages) {
		return messages.text("criterion." + code + ".imy");
	}
}
