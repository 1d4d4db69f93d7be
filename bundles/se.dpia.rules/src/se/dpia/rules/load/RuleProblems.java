package se.dpia.rules.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

/** The problems of one rule file as Xtext's validator finds them (syntax, links, the language's checks). */
public final class RuleProblems {


	private RuleProblems() {
	}

	/** Errors and warnings of a loaded rule file, with its line and column. */
	public static List<Problem> of(Resource resource, Path file) {
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		List<Problem> problems = new ArrayList<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			if (issue.getSeverity() == Severity.IGNORE || issue.getSeverity() == Severity.INFO) {
				continue;
			}
			Problem.Severity severity = issue.getSeverity() == Severity.ERROR ? Problem.Severity.ERROR
					: Problem.Severity.WARNING;
			problems.add(new Problem(file, value(issue.getLineNumber()), value(issue.getColumn()), severity,
					issue.getMessage(), issue.getCode() == null ? IssueCodes.OTHER : issue.getCode(), ""));
		}
		return problems;
	}

	/** The problems of every rule file of a folder and of the rule files that could not be loaded, sorted by place. */
	public static List<Problem> of(FolderResources folder) {
		List<Problem> problems = new ArrayList<>();
		folder.loadFailures().stream().filter(failure -> FolderLayout.isRuleFile(failure.file()))
				.map(RuleProblems::unreadable).forEach(problems::add);
		for (Resource resource : folder.ruleResources()) {
			problems.addAll(of(resource, folder.fileOf(resource)));
		}
		problems.sort(BY_PLACE);
		return problems;
	}

	/** File, then line, then column: the order {@code check} prints problems in. */
	public static final Comparator<Problem> BY_PLACE = Comparator.comparing((Problem p) -> p.file().toString())
			.thenComparingInt(Problem::line).thenComparingInt(Problem::column);

	/** A file that could not be loaded, as a problem. */
	public static Problem unreadable(ModelLoadException failure) {
		return new Problem(failure.file(), failure.line(), failure.column(), Problem.Severity.ERROR,
				"cannot read the file: " + failure.getMessage(), IssueCodes.UNREADABLE_FILE, "");
	}

	private static int value(Integer number) {
		return number == null ? 0 : number;
	}
}
