package se.dpia.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.dpia.assessment.ModelFolder;
import se.dpia.assessment.ThreatTasks;
import se.dpia.compliance.Messages;
import se.dpia.compliance.threats.Proposal;
import se.dpia.model.io.FolderLock;

/**
 * {@code ./dpia threats [DIR]} lists the privacy threats proposed from the model and not yet decided;
 * {@code --accept RULE:ELEMENT} puts one in the risk register, {@code --dismiss RULE:ELEMENT --reason "..."} sets it
 * aside. Either decision is saved in the model file, so the proposal is not made again.
 */
final class ThreatsCommand implements Command {

	@Override
	public String name() {
		return "threats";
	}

	@Override
	public Set<String> options() {
		return Set.of("lang", "accept", "dismiss", "reason");
	}

	@Override
	public String usage() {
		return """
				threats [DIR] [--lang sv|en]
				                 list the privacy threats proposed from the model and not yet decided, one per
				                 RULE:ELEMENT with its LINDDUN category, feared event, suggested levels and reasoning
				threats [DIR] --accept RULE:ELEMENT
				                 put the proposal in the risk register (a new risk) and save the model
				threats [DIR] --dismiss RULE:ELEMENT --reason "..."
				                 set the proposal aside with the reason and save the model
				""";
	}

	@Override
	public int run(Arguments arguments, Session session) throws Exception {
		Messages messages = Session.messages(arguments);
		String accept = arguments.option("accept", null);
		String dismiss = arguments.option("dismiss", null);
		String reason = arguments.option("reason", null);
		if (accept != null && dismiss != null) {
			throw new UsageException("give either --accept or --dismiss, not both");
		}
		if (dismiss != null && (reason == null || reason.isBlank())) {
			throw new UsageException("--dismiss " + dismiss + " needs --reason \"why it does not apply\"");
		}
		if (reason != null && dismiss == null) {
			throw new UsageException("--reason goes with --dismiss RULE:ELEMENT");
		}
		boolean deciding = accept != null || dismiss != null;
		// a decision reads, changes and saves the model: under the folder's lock, so concurrent decisions (another
		// command, the workbench) each see the others' and the new risk's id is free
		try (FolderLock lock = deciding ? FolderLock.acquire(session.folder(arguments)) : null) {
			ModelFolder model = session.model(arguments);
			if (model == null) {
				return Cli.FAILED;
			}
			if (accept == null && dismiss == null) {
				Listing.list(model, messages, session.out());
				return Cli.OK;
			}
			String today = LocalDate.now().toString();
			ThreatTasks.Outcome outcome = accept != null ? ThreatTasks.accept(model, accept, messages, today)
					: ThreatTasks.dismiss(model, dismiss, reason, today);
			switch (outcome) {
				case ThreatTasks.Accepted accepted -> session.out().println(messages.text("threats.accepted", accepted.key(),
						accepted.risk().getId(), accepted.risk().getName()));
				case ThreatTasks.Dismissed dismissed -> session.out().println(messages.text("threats.dismissed", dismissed.key(),
						dismissed.reason()));
				case ThreatTasks.NotFound notFound -> {
					session.err().println("dpia: " + (notFound.alreadyDecided()
							? notFound.key() + " is already decided (see threatDecisions in " + model.file() + ")"
							: "no proposal " + notFound.key() + " in " + model.file() + "; run ./dpia threats DIR to list them as RULE:ELEMENT"));
					return Cli.FAILED;
				}
			}
			return Cli.OK;
		}
	}

	/**
	 * The listing, in a class of its own: it passes the model's enums as EMF enumerators, and verifying that would load
	 * and start EMF whenever the command class is loaded, as {@code --help} loads every command.
	 */
	private static final class Listing {

		private Listing() {
		}

		static void list(ModelFolder model, Messages messages, PrintStream out) {
			List<Proposal> proposals = ThreatTasks.undecided(model);
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
	}
}
