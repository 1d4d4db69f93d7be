package se.dpia.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.check.AssessmentChecker;
import se.dpia.model.validation.Problem;
import se.dpia.rules.consent.ConsentCase;
import se.dpia.rules.consent.ConsentDecision;
import se.dpia.rules.consent.ConsentEvaluator;
import se.dpia.rules.consent.InvalidCaseException;
import se.dpia.rules.rules.ConsentRule;

/**
 * {@code ./dpia consent [DIR] --case FILE}: which consent a case needs, from whom, where it is documented and the
 * alternative if refused, as the folder's consent rules say. Exit 0 answered, 1 no rule applies or the case or
 * rules are invalid.
 */
final class ConsentCommand implements Command {

	private PrintStream out;
	private PrintStream err;

	@Override
	public String name() {
		return "consent";
	}

	@Override
	public Set<String> options() {
		return Set.of("case");
	}

	@Override
	public String usage() {
		return """
				consent [DIR] --case FILE
				                 which consent the case in FILE needs, from whom, where it is documented and
				                 what is offered if the person says no, as the consent rules in DIR say;
				                 exit 1 if no rule applies or the case is invalid
				""";
	}

	@Override
	public int run(Arguments arguments, Session session) throws Exception {
		this.out = session.out();
		this.err = session.err();
		Path folder = session.folder(arguments);
		String caseOption = arguments.option("case", "");
		if (caseOption.isEmpty()) {
			throw new UsageException("consent needs --case FILE, the case to answer (see examples/ange-trygghetskamera/cases/)");
		}
		Path caseFile = Path.of(caseOption);
		if (!Files.isRegularFile(caseFile) && Files.isRegularFile(folder.resolve(caseOption))) {
			caseFile = folder.resolve(caseOption); // relative to the assessment folder, as the README's examples write it
		}
		if (!Files.isRegularFile(caseFile)) {
			throw new UsageException("the case file '" + caseOption + "' does not exist; give the path of a case file,"
					+ " e.g. examples/ange-trygghetskamera/cases/kan-samtycka.properties");
		}
		return answer(AssessmentFolder.open(folder), caseFile);
	}

	private int answer(AssessmentFolder folder, Path caseFile) throws IOException {
		ConsentCase aCase;
		try {
			aCase = ConsentCase.read(caseFile);
		} catch (InvalidCaseException e) {
			err.println("dpia: invalid case: " + e.getMessage());
			err.println("dpia: fix " + caseFile + "; the keys and values are in ./dpia --help and the examples in"
					+ " examples/ange-trygghetskamera/cases/");
			return Cli.FAILED;
		}
		// only the rule files' errors stop an answer; the model's own gaps (e.g. no retention) don't change who consents
		List<Problem> errors = AssessmentChecker.check(folder).stream().filter(Problem::isError)
				.filter(Problem::inRuleFile).toList();
		if (!errors.isEmpty()) {
			err.println("dpia: the rules in " + folder.root() + " have " + errors.size()
					+ " error(s), so they can't answer; run ./dpia check " + folder.root());
			return Cli.FAILED;
		}
		List<ConsentRule> rules = ConsentEvaluator.applicable(folder.ruleResources(), aCase);
		if (rules.isEmpty()) {
			err.println("dpia: no consent rule applies to " + aCase.technology() + " in " + aCase.operation()
					+ "; write one ('samtyckesregel ... gäller " + aCase.technology() + " i " + aCase.operation()
					+ " { ... }') or check the ids in " + caseFile);
			return Cli.FAILED;
		}
		if (rules.size() > 1) {
			err.println("dpia: " + rules.size() + " consent rules apply to " + aCase.technology() + " in "
					+ aCase.operation() + " (" + rules.stream().map(ConsentRule::getName).toList()
					+ "); keep one so the answer is unambiguous");
			return Cli.FAILED;
		}
		ConsentDecision decision = ConsentEvaluator.decide(rules.get(0), aCase);
		print(decision);
		return decision.outcome() == ConsentDecision.Outcome.RULE_DOES_NOT_SAY ? Cli.FAILED : Cli.OK;
	}

	private void print(ConsentDecision decision) {
		out.println("rule: " + decision.rule() + " (" + decision.where() + ")");
		if (!decision.considerFirst().isEmpty()) {
			out.println("consider first: " + decision.considerFirst() + " (less intrusive)");
		}
		if (decision.mayBeUsed()) {
			out.println("decision: may be used with consent");
			decision.consents().forEach(who -> out.println("consent from: " + who));
			decision.conditions().forEach(condition -> out.println("on condition: " + condition));
		} else if (decision.outcome() == ConsentDecision.Outcome.RULE_DOES_NOT_SAY) {
			out.println("decision: the rule does not say: " + decision.reason());
		} else {
			out.println("decision: not used: " + decision.reason());
		}
		line("documented in", decision.documentedIn());
		line(decision.mayBeUsed() ? "if refused, offer" : "offer instead", decision.alternative());
		line("on withdrawal", decision.onWithdrawal());
		line("protected identity", decision.protectedIdentity());
		line("reviewed", decision.review());
	}

	private void line(String label, String value) {
		if (!value.isEmpty()) {
			out.println(label + ": " + value);
		}
	}
}
