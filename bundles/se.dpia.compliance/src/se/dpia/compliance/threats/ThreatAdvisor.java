package se.dpia.compliance.threats;

import java.util.List;

import se.dpia.model.Assessment;

/** Proposes privacy threats from the model: every rule's proposals, and those the working group has not yet decided. */
public final class ThreatAdvisor {

	private ThreatAdvisor() {
	}

	/** Every proposal of every rule, in rule order. */
	public static List<Proposal> proposals(Assessment assessment) {
		return ThreatRules.ALL.stream().flatMap(rule -> rule.propose(assessment).stream()).toList();
	}

	/** The proposals not yet accepted or dismissed: a decided proposal is not proposed again. */
	public static List<Proposal> undecided(Assessment assessment) {
		return proposals(assessment).stream().filter(p -> ThreatDecisions.decisionOn(assessment, p.key()) == null).toList();
	}

	/** The undecided proposal with a key ({@code RULE:ELEMENT-ID}), or null. */
	public static Proposal undecided(Assessment assessment, String key) {
		return undecided(assessment).stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
	}
}
