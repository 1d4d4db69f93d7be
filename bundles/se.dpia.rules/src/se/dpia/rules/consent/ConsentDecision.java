package se.dpia.rules.consent;

import java.util.List;

/**
 * What a consent rule says for one case: whether the technology may be used, whose consent is needed, where it is
 * documented, and what is offered instead. Every text comes from the rule, none from code.
 *
 * @param rule the consent rule's name
 * @param where the rule's place, {@code file:line}
 * @param mayBeUsed whether the technology may be used once the consents below are given
 * @param reason why it may not be used, or empty
 * @param consents whose consent is needed, each with its qualities, e.g. "brukaren (frivilligt, informerat)"
 * @param conditions what must also hold, e.g. "brukaren motsätter sig inte"
 * @param considerFirst a less intrusive technology to consider first, or empty
 * @param documentedIn where consent is documented, or empty
 * @param alternative what is offered if the person says no, or empty
 * @param onWithdrawal what happens when consent is withdrawn, or empty
 * @param protectedIdentity what applies to protected personal data, or empty
 * @param review how often the consent is reviewed, or empty
 */
public record ConsentDecision(String rule, String where, boolean mayBeUsed, String reason, List<String> consents,
		List<String> conditions, String considerFirst, String documentedIn, String alternative, String onWithdrawal,
		String protectedIdentity, String review) {
}
