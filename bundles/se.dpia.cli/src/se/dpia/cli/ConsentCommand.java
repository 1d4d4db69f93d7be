package se.dpia.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.check.AssessmentChecker;
import se.dpia.model.validation.Problem;
import se.dpia.rules.RulesMessages;
import se.dpia.rules.consent.ConsentCase;
import se.dpia.rules.consent.ConsentDecision;
import se.dpia.rules.consent.ConsentEvaluator;
import se.dpia.rules.consent.InvalidCaseException;
import se.dpia.rules.rules.ConsentRule;

/**
 * {@code ./dpia consent [DIR] --case FILE [--lang sv|en]}: which consent a case needs, from whom, where it is
 * documented and the alternative if refused or not covered, as the folder's consent rules say, in Swedish (default)
 * or English. Exit 0 answered, 1 no rule applies, the rule does not say, or the case or rules are invalid.
 */
final class ConsentCommand implements Command {

	private PrintStream out;
	private PrintStream err;
	private Locale locale;

	@Override
	public String name() {
		return "consent";
	}

	@Override
	public Set<String> options() {
		return Set.of("case", "lang");
	}

	@Override
	public String usage() {
		StringBuilder keys = new StringBuilder();
		for (Map.Entry<String, String> key : ConsentCase.KEYS_AND_VALUES.entrySet()) {
			keys.append(String.format("                   %-22s %s%n", key.getKey(), key.getValue()));
		}
		return """
				consent [DIR] --case FILE [--lang sv|en]
				                 which consent the case in FILE needs, from whom, where it is documented and
				                 what is offered if the person says no or is not covered, as the consent rules
				                 in DIR say, in Swedish (default) or English; exit 1 if no rule applies, the rule
				                 does not say (e.g. at reduced decision capacity), or the case is invalid
				                 FILE is a small UTF-8 properties file, one key = value a line (English keys are
				                 accepted too; a key given twice is an error):
				""" + keys;
	}

	@Override
	public int run(Arguments arguments, Session session) throws Exception {
		this.out = session.out();
		this.err = session.err();
		this.locale = Locale.of(Session.language(arguments).code());
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
			aCase = ConsentCase.read(caseFile, locale);
		} catch (InvalidCaseException e) {
			err.println("dpia: " + text("answer.invalidCase", e.getMessage()));
			err.println("dpia: " + text("answer.fixCase", caseFile));
			return Cli.FAILED;
		}
		// only the rule files' errors stop an answer; the model's own gaps (e.g. no retention) don't change who consents
		List<Problem> errors = AssessmentChecker.check(folder, locale).stream().filter(Problem::isError)
				.filter(Problem::inRuleFile).toList();
		if (!errors.isEmpty()) {
			err.println("dpia: " + text("answer.ruleErrors", folder.root(), errors.size()));
			return Cli.FAILED;
		}
		List<ConsentRule> rules = ConsentEvaluator.applicable(folder.ruleResources(), aCase);
		if (rules.isEmpty()) {
			err.println("dpia: " + text("answer.noRule", aCase.technology(), aCase.operation(), caseFile));
			return Cli.FAILED;
		}
		if (rules.size() > 1) {
			err.println("dpia: " + text("answer.severalRules", rules.size(), aCase.technology(), aCase.operation(),
					rules.stream().map(ConsentRule::getName).toList()));
			return Cli.FAILED;
		}
		ConsentDecision decision = ConsentEvaluator.decide(rules.get(0), aCase, locale);
		print(decision);
		return decision.outcome() == ConsentDecision.Outcome.RULE_DOES_NOT_SAY ? Cli.FAILED : Cli.OK;
	}

	private void print(ConsentDecision decision) {
		out.println(text("answer.rule", decision.rule(), decision.where()));
		if (!decision.considerFirst().isEmpty()) {
			out.println(text("answer.considerFirst", decision.considerFirst()));
		}
		switch (decision.outcome()) {
			case MAY_BE_USED -> {
				out.println(text("answer.mayBeUsed"));
				decision.consents().forEach(who -> out.println(text("answer.consentFrom", who)));
				decision.conditions().forEach(condition -> out.println(text("answer.onCondition", condition)));
			}
			case NOT_USED -> out.println(text("answer.notUsed", decision.reason()));
			case RULE_DOES_NOT_SAY -> out.println(text("answer.ruleDoesNotSay", decision.reason()));
		}
		line("answer.documentedIn", decision.documentedIn());
		line(decision.mayBeUsed() ? "answer.ifRefused" : "answer.offerInstead", decision.alternative());
		line("answer.onWithdrawal", decision.onWithdrawal());
		line("answer.protectedIdentity", decision.protectedIdentity());
		line("answer.reviewed", decision.review());
	}

	private void line(String key, String value) {
		if (!value.isEmpty()) {
			out.println(text(key, value));
		}
	}

	private String text(String key, Object... arguments) {
		return RulesMessages.format(locale, key, arguments);
	}
}
