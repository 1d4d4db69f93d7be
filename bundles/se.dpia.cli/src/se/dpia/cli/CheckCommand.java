package se.dpia.cli;

import java.util.Set;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.check.CheckReports;
import se.dpia.assessment.check.CheckResult;
import se.dpia.model.validation.Problem;

/** {@code ./dpia check}: every problem of the model and rule files, one line each; exit 1 on any error. */
final class CheckCommand implements Command {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public Set<String> options() {
		return Set.of("lang", "format");
	}

	@Override
	public String usage() {
		return """
				check [DIR] [--lang sv|en] [--format text|json|sarif]
				                 list the problems in the model and rule files, one per line:
				                 path:line:column: error|warning: message [code] (a model problem's
				                 message starts with its element, /risks[R1]); exit 1 if any error;
				                 --format json: one JSON object, sarif: SARIF 2.1.0 for code scanning
				                 (a risk still above the acceptable level after its measures is a warning
				                 [prior-consultation-required]: consult IMY, GDPR Art. 36; a model or rule
				                 changed after the DPO's approval is a warning [changed-after-approval])
				""";
	}

	@Override
	public int run(Arguments arguments, Session session) throws Exception {
		var locale = Session.locale(arguments);
		String format = arguments.option("format", "text");
		if (!Set.of("text", "json", "sarif").contains(format)) {
			throw new UsageException("--format must be text, json or sarif, not '" + format + "'");
		}
		CheckResult result = AssessmentFolder.open(session.folder(arguments)).check(locale);
		switch (format) {
		// JSON spans lines and escapes what it holds itself: printed as it is, not line by line through the escaping
		case "json" -> session.out().print(CheckReports.json(result, file -> Session.shown(file).toString()) + "\n");
		case "sarif" -> session.out().print(CheckReports.sarif(result, file -> Session.shown(file).toString(),
				ProductVersion.release()) + "\n");
		default -> {
			for (Problem problem : result.problems()) {
				session.out().println(problem.format(Session.shown(problem.file())));
			}
		}
		}
		return result.hasErrors() ? Cli.FAILED : Cli.OK;
	}
}
