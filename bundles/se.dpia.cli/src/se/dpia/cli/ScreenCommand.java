package se.dpia.cli;

import java.io.PrintStream;

import se.dpia.compliance.Fact;
import se.dpia.compliance.Messages;
import se.dpia.compliance.screening.CriterionResult;
import se.dpia.compliance.screening.Screening;

/** {@code ./dpia screen [DIR]}: each WP248 criterion, whether it holds, its facts and why; then the conclusion. */
final class ScreenCommand {

	private ScreenCommand() {
	}

	static void print(ModelFolder model, Messages messages, PrintStream out) {
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
