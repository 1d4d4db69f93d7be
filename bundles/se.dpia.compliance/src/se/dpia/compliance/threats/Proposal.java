package se.dpia.compliance.threats;

import java.util.List;

import se.dpia.compliance.Messages;
import se.dpia.compliance.ModelQueries;
import se.dpia.model.FearedEvent;
import se.dpia.model.Identified;
import se.dpia.model.LinddunCategory;

/**
 * A privacy threat a rule proposes for the risk register, about one element of the model.
 *
 * @param rule the code of the rule that proposes it, e.g. {@code camera-in-bedroom}
 * @param subject the element it is about (a flow, technology or data category)
 * @param fearedEvent the CNIL method's feared event
 * @param linddun the LINDDUN threat category
 * @param likelihood the suggested likelihood, 1 to 4 on the CNIL scale
 * @param severity the suggested severity, 1 to 4
 * @param reasoningArguments the arguments of the rule's reasoning text (names of the elements involved)
 */
public record Proposal(String rule, Identified subject, FearedEvent fearedEvent, LinddunCategory linddun, int likelihood,
		int severity, List<Object> reasoningArguments) {

	public Proposal {
		reasoningArguments = List.copyOf(reasoningArguments);
	}

	/** How the command line and the decisions name it: {@code RULE:ELEMENT-ID}. */
	public String key() {
		return key(rule, subject.getId());
	}

	public static String key(String rule, String subjectId) {
		return rule + ":" + subjectId;
	}

	/** A short title, usable as the name of the risk. */
	public String title(Messages messages) {
		return messages.text("threat." + rule + ".title", ModelQueries.nameOf(subject));
	}

	/** Why the rule proposes it, naming the elements. */
	public String reasoning(Messages messages) {
		return messages.text("threat." + rule + ".reasoning", reasoningArguments.toArray());
	}

	/** Who or what may cause it (riskkälla). */
	public String threatSource(Messages messages) {
		return messages.text("threat." + rule + ".source");
	}
}
