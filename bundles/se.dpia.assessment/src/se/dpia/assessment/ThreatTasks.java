package se.dpia.assessment;

import java.io.IOException;
import java.util.List;

import se.dpia.compliance.Messages;
import se.dpia.compliance.threats.Proposal;
import se.dpia.compliance.threats.ThreatAdvisor;
import se.dpia.compliance.threats.ThreatDecisions;
import se.dpia.model.Risk;

/**
 * The privacy threats proposed from a folder's model and the working group's decisions on them: accepting one puts a
 * new risk in the register, dismissing one records the reason; either is saved in the model file so the proposal is
 * not made again.
 */
public final class ThreatTasks {

	private ThreatTasks() {
	}

	/** What deciding on a proposal came to. */
	public sealed interface Outcome {
	}

	/** The proposal is now the risk {@code risk} of the register. */
	public record Accepted(String key, Risk risk) implements Outcome {
	}

	/** The proposal is set aside with its reason. */
	public record Dismissed(String key, String reason) implements Outcome {
	}

	/** There is no undecided proposal with that key; {@code alreadyDecided} when it was decided before. */
	public record NotFound(String key, boolean alreadyDecided) implements Outcome {
	}

	/** The proposals not yet decided, in the order they are made. */
	public static List<Proposal> undecided(ModelFolder model) {
		return ThreatAdvisor.undecided(model.assessment());
	}

	/**
	 * Accepts a proposal as a new open risk (the next free {@code R<n>}, written in the messages' language), records
	 * the decision dated {@code today} and saves the model.
	 */
	public static Outcome accept(ModelFolder model, String key, Messages messages, String today) throws IOException {
		Proposal proposal = ThreatAdvisor.undecided(model.assessment(), key);
		if (proposal == null) {
			return notFound(model, key);
		}
		Risk risk = ThreatDecisions.accept(model.assessment(), proposal, messages, today);
		model.save();
		return new Accepted(key, risk);
	}

	/** Dismisses a proposal with the reason, dated {@code today}, and saves the model. */
	public static Outcome dismiss(ModelFolder model, String key, String reason, String today) throws IOException {
		Proposal proposal = ThreatAdvisor.undecided(model.assessment(), key);
		if (proposal == null) {
			return notFound(model, key);
		}
		ThreatDecisions.dismiss(model.assessment(), proposal, reason, today);
		model.save();
		return new Dismissed(key, reason.strip());
	}

	private static NotFound notFound(ModelFolder model, String key) {
		return new NotFound(key, ThreatDecisions.decisionOn(model.assessment(), key) != null);
	}
}
