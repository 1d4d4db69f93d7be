package se.dpia.rules.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import se.dpia.model.io.FolderLayout;
import se.dpia.model.io.ModelLoadException;
import se.dpia.model.validation.Problem;
import se.dpia.rules.IssueCodes;
import se.dpia.rules.RulesMessages;
import se.dpia.rules.linking.RulesSyntaxErrorMessages;

/** The problems of one rule file as Xtext's validator finds them (syntax, links, the language's checks). */
public final class RuleProblems {


	private RuleProblems() {
	}

	/** Errors and warnings of a loaded rule file, with its line and column, in the JVM's language. */
	public static List<Problem> of(Resource resource, Path file) {
		return of(resource, file, Locale.getDefault());
	}

	/**
	 * Errors and warnings of a loaded rule file, with its line and column, in {@code locale}; set the resource set's
	 * language first ({@link RulesMessages#useLocale}) so the checks write in it.
	 */
	public static List<Problem> of(Resource resource, Path file, Locale locale) {
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		List<Problem> problems = new ArrayList<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			if (issue.getSeverity() == Severity.IGNORE || issue.getSeverity() == Severity.INFO) {
				continue;
			}
			Problem.Severity severity = issue.getSeverity() == Severity.ERROR ? Problem.Severity.ERROR
					: Problem.Severity.WARNING;
			problems.add(new Problem(file, value(issue.getLineNumber()), value(issue.getColumn()), severity,
					message(issue, locale), issue.getCode() == null ? IssueCodes.OTHER : issue.getCode(), ""));
		}
		return problems;
	}

	/** The problems of every rule file of a folder and of the rule files that could not be loaded, sorted by place. */
	public static List<Problem> of(FolderResources folder) {
		return of(folder, Locale.getDefault());
	}

	/** The same in {@code locale}. */
	public static List<Problem> of(FolderResources folder, Locale locale) {
		List<Problem> problems = new ArrayList<>();
		folder.loadFailures().stream().filter(failure -> FolderLayout.isRuleFile(failure.file()))
				.map(failure -> unreadable(failure, locale)).forEach(problems::add);
		RulesMessages.useLocale(folder.resourceSet(), locale);
		for (Resource resource : folder.ruleResources()) {
			problems.addAll(of(resource, folder.fileOf(resource), locale));
		}
		problems.sort(BY_PLACE);
		return problems;
	}

	/** File, then line, then column: the order {@code check} prints problems in. */
	public static final Comparator<Problem> BY_PLACE = Comparator.comparing((Problem p) -> p.file().toString())
			.thenComparingInt(Problem::line).thenComparingInt(Problem::column);

	/** A file that could not be loaded, as a problem. */
	public static Problem unreadable(ModelLoadException failure) {
		return unreadable(failure, Locale.getDefault());
	}

	/** A file that could not be loaded, as a problem in {@code locale}. */
	public static Problem unreadable(ModelLoadException failure, Locale locale) {
		return new Problem(failure.file(), failure.line(), failure.column(), Problem.Severity.ERROR,
				RulesMessages.format(locale, IssueCodes.UNREADABLE_FILE, failure.message(locale)), IssueCodes.UNREADABLE_FILE, "");
	}

	/**
	 * The issue's message in {@code locale}: syntax errors are found while the file loads, and names may be linked
	 * before the language is set, so those two are written again from their issue data.
	 */
	private static String message(Issue issue, Locale locale) {
		String[] data = issue.getData();
		if (IssueCodes.SYNTAX_ERROR.equals(issue.getCode()) && RulesSyntaxErrorMessages.isParserData(data)) {
			return RulesSyntaxErrorMessages.message(locale, data);
		}
		if (IssueCodes.UNRESOLVED_REFERENCE.equals(issue.getCode()) && data != null && data.length == 4) {
			return RulesMessages.format(locale, issue.getCode(), data[0], RulesMessages.format(locale, data[1], data[2]),
					Integer.parseInt(data[3]));
		}
		return issue.getMessage();
	}

	private static int value(Integer number) {
		return number == null ? 0 : number;
	}
}
