package se.dpia.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

import se.dpia.compliance.Messages;
import se.dpia.compliance.threats.Proposal;
import se.dpia.compliance.threats.ThreatAdvisor;
import se.dpia.compliance.threats.ThreatDecisions;
import se.dpia.model.Risk;

/**
 * {@code ./dpia threats [DIR]} lists the privacy threats proposed from the model and not yet decided;
 * {@code --accept RULE:ELEMENT} puts one in the risk register, {@code --dismiss RULE:ELEMENT --reason "..."} sets it
 * aside. Either decision is saved in the model file, so the proposal is not made again.
 */
final class ThreatsCommand {

	private ThreatsCommand() {
	}

	static void list(ModelFolder model, Messages messages, PrintStream out) {
		List<Proposal> proposals = ThreatAdvisor.undecided(model.assessment());
		out.println(messages.text("threats.heading", model.title(), proposals.size()));
		for (Proposal proposal : proposals) {
			out.println();
			out.println(proposal.key() + "  " + messages.label("linddun", proposal.linddun()) + ", "
					+ messages.label("fearedEvent", proposal.fearedEvent()) + "  "
					+ messages.text("threats.levels", proposal.likelihood(), proposal.severity()));
			out.println("   " + proposal.title(messages));
			out.println("   " + proposal.reasoning(messages));
		}
		if (!proposals.isEmpty()) {
			out.println();
			out.println(messages.text("threats.howToDecide"));
		}
	}

	/** Accepts ({@code reason == null}) or dismisses a proposal and saves the model; false if there is no such undecided proposal. */
	static boolean decide(ModelFolder model, String key, String reason, Messages messages, PrintStream out, PrintStream err)
			throws IOException {
		Proposal proposal = ThreatAdvisor.undecided(model.assessment(), key);
		if (proposal == null) {
			boolean decided = ThreatDecisions.decisionOn(model.assessment(), key) != null;
			err.println("dpia: " + (decided ? key + " is already decided (see threatDecisions in " + model.file() + ")"
					: "no proposal " + key + " in " + model.file() + "; run ./dpia threats DIR to list them as RULE:ELEMENT"));
			return false;
		}
		String today = LocalDate.now().toString();
		if (reason == null) {
			Risk risk = ThreatDecisions.accept(model.assessment(), proposal, messages, today);
			model.save();
			out.println(messages.text("threats.accepted", key, risk.getId(), risk.getName()));
		} else {
			ThreatDecisions.dismiss(model.assessment(), proposal, reason, today);
			model.save();
			out.println(messages.text("threats.dismissed", key, reason.strip()));
		}
		return true;
	}
}
