package se.dpia.cli;

import java.io.PrintStream;
import java.util.Set;

import se.dpia.assessment.ModelFolder;
import se.dpia.compliance.Fact;
import se.dpia.compliance.Messages;
import se.dpia.compliance.screening.CriterionResult;
import se.dpia.compliance.screening.Screening;

/**
 * {@code ./dpia screen}: the WP248 screening in plain words: each of the nine criteria, whether it holds, the model
 * facts behind it and why; then the points of IMY's Art. 35(4) list and the conclusion.
 */
final class ScreenCommand implements Command {

	@Override
	public String name() {
		return "screen";
	}

	@Override
	public Set<String> options() {
		return Set.of("lang");
	}

	@Override
	public String usage() {
		return """
				screen [DIR] [--lang sv|en]
				                 screen the assessment against the nine WP248 criteria: each criterion, whether
				                 it holds, the model facts behind it and why; then whether a DPIA is required
				""";
	}

	@Override
	public int run(Arguments arguments, Session session) throws Exception {
		Messages messages = Session.messages(arguments);
		ModelFolder model = session.model(arguments);
		if (model == null) {
			return Cli.FAILED;
		}
		print(model, messages, session.out());
		return Cli.OK;
	}

	private static void print(ModelFolder model, Messages messages, PrintStream out) {
		Screening screening = Screening.of(model.assessment());
		out.println(messages.text("screening.heading", model.title()));
		for (CriterionResult result : screening.results()) {
			out.println();
			out.println(result.criterion().number() + ". " + result.criterion().title(messages) + " ["
					+ result.criterion().code() + "]: "
					+ messages.text(result.holds() ? "screening.holdsLabel" : "screening.notLabel"));
			out.println("   " + result.explanation(messages));
			for (Fact fact : result.facts()) {
				out.println("   - " + fact.text(messages));
			}
		}
		if (!screening.met().isEmpty()) {
			out.println();
			out.println(messages.text("screening.imyHeading"));
			screening.imyItems(messages).forEach(item -> out.println("   - " + item));
		}
		out.println();
		out.println(messages.text("screening.conclusionLabel") + ": " + screening.conclusion(messages));
	}
}
