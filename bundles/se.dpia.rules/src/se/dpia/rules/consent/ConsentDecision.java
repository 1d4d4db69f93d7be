package se.dpia.rules.consent;

import java.util.List;

/**
 * What a consent rule says for one case: whether the technology may be used, whose consent is needed, where it is
 * documented, and what is offered instead. Every text comes from the rule or the message bundle, none is invented.
 *
 * @param rule the consent rule's name
 * @param where the rule's place, {@code file:line}
 * @param outcome whether the technology may be used once the consents below are given, is not used, or the rule
 *            does not say
 * @param reason why it is not used, or what the rule leaves open; empty when it may be used
 * @param consents whose consent is needed, each with its qualities, e.g. "brukaren (frivilligt, informerat)"
 * @param conditions what must also hold, e.g. "brukaren motsätter sig inte"
 * @param considerFirst a less intrusive technology to consider first, or empty
 * @param documentedIn where consent is documented, or empty
 * @param alternative what is offered if the person says no or is not covered, or empty
 * @param onWithdrawal what happens when consent is withdrawn, or empty
 * @param protectedIdentity what applies to protected personal data, or empty
 * @param review how often the consent is reviewed, or empty
 */
public record ConsentDecision(String rule, String where, Outcome outcome, String reason, List<String> consents,
		List<String> conditions, String considerFirst, String documentedIn, String alternative, String onWithdrawal,
		String protectedIdentity, String review) {

	/** The three answers a rule can give a case. */
	public enum Outcome {
		/** The technology may be used once the consents are given and the conditions hold. */
		MAY_BE_USED,
		/** The technology is not used: someone says no, or the rule does not cover the person. */
		NOT_USED,
		/** The rule does not say what holds for this case (e.g. reduced decision capacity): no answer. */
		RULE_DOES_NOT_SAY
	}

	/** Whether the technology may be used once the consents are given. */
	public boolean mayBeUsed() {
		return outcome == Outcome.MAY_BE_USED;
	}
}
