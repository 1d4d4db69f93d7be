package se.dpia.compliance.threats;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import se.dpia.compliance.Messages;
import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.Identified;
import se.dpia.model.Risk;
import se.dpia.model.RiskKind;
import se.dpia.model.RiskStatus;
import se.dpia.model.ThreatDecision;
import se.dpia.model.ThreatDecisionKind;

/**
 * Records the working group's decision on a proposal in the model: accepting puts a risk in the register, linked
 * from the decision; dismissing keeps the reason. Either way the proposal is not proposed again.
 */
public final class ThreatDecisions {

	private ThreatDecisions() {
	}

	/** The decision taken on a proposal ({@code RULE:ELEMENT-ID}), or null. */
	public static ThreatDecision decisionOn(Assessment assessment, String key) {
		return assessment.getThreatDecisions().stream()
				.filter(d -> Proposal.key(d.getRule(), d.getSubject()).equals(key)).findFirst().orElse(null);
	}

	/**
	 * Accepts a proposal: a new open risk in the register with the proposal's title, reasoning, feared event, LINDDUN
	 * category and suggested levels, and a decision that links to it.
	 *
	 * @param messages the language the risk is written in (the register's language)
	 * @param date today, YYYY-MM-DD
	 */
	public static Risk accept(Assessment assessment, Proposal proposal, Messages messages, String date) {
		Risk risk = DpiaFactory.eINSTANCE.createRisk();
		risk.setId(nextRiskId(assessment));
		risk.setName(proposal.title(messages));
		risk.setDescription(proposal.reasoning(messages));
		risk.setThreatSource(proposal.threatSource(messages));
		risk.setFearedEvent(proposal.fearedEvent());
		risk.setLinddun(proposal.linddun());
		risk.setLikelihood(proposal.likelihood());
		risk.setSeverity(proposal.severity());
		risk.setStatus(RiskStatus.OPPEN);
		risk.setKind(RiskKind.REGISTRERADE);
		assessment.getRisks().add(risk);
		ThreatDecision decision = record(assessment, proposal, ThreatDecisionKind.ACCEPTERAD, null, date);
		decision.setRisk(risk);
		return risk;
	}

	/** Dismisses a proposal, keeping the reason. */
	public static ThreatDecision dismiss(Assessment assessment, Proposal proposal, String reason, String date) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("dismissing " + proposal.key() + " needs a reason");
		}
		return record(assessment, proposal, ThreatDecisionKind.AVFARDAD, reason.strip(), date);
	}

	private static ThreatDecision record(Assessment assessment, Proposal proposal, ThreatDecisionKind kind, String reason,
			String date) {
		if (decisionOn(assessment, proposal.key()) != null) {
			throw new IllegalStateException(proposal.key() + " is already decided");
		}
		ThreatDecision decision = DpiaFactory.eINSTANCE.createThreatDecision();
		decision.setRule(proposal.rule());
		decision.setSubject(proposal.subject().getId());
		decision.setDecision(kind);
		decision.setReason(reason);
		decision.setDate(date);
		assessment.getThreatDecisions().add(decision);
		return decision;
	}

	/** The register numbers its risks R1, R2, …: the next number after the highest, skipping any id in use. */
	static String nextRiskId(Assessment assessment) {
		Set<String> ids = new HashSet<>();
		int highest = 0;
		for (var contents = assessment.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element instanceof Identified identified && identified.getId() != null) {
				ids.add(identified.getId());
				if (element instanceof Risk && identified.getId().matches("R\\d{1,9}")) {
					highest = Math.max(highest, Integer.parseInt(identified.getId().substring(1)));
				}
			}
		}
		int next = highest + 1;
		while (ids.contains("R" + next)) {
			next++;
		}
		return "R" + next;
	}
}
