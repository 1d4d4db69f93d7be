package se.dpia.rules.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import se.dpia.model.Assessment;
import se.dpia.model.io.ModelLoadException;
import se.dpia.model.validation.DpiaValidation;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.ModelIssue;

/**
 * Checks an assessment folder: files that don't load, the model's validation, the compliance and cross-document
 * consistency checks, and rule-file validation.
 */
public final class AssessmentChecker {

	private AssessmentChecker() {
	}

	/** Every problem in the folder, sorted by file and place, with model messages in the JVM's language. */
	public static List<Problem> check(AssessmentFolder folder) {
		return check(folder, Locale.getDefault());
	}

	/**
	 * Every problem in the folder, sorted by file and place; model problems carry the stable codes of
	 * {@link IssueCodes} and messages in the given language.
	 */
	public static List<Problem> check(AssessmentFolder folder, Locale locale) {
		List<Problem> problems = new ArrayList<>();
		for (ModelLoadException failure : folder.loadFailures()) {
			problems.add(new Problem(failure.file(), failure.line(), failure.column(), Problem.Severity.ERROR,
					"cannot read the file: " + failure.getMessage(), "unreadable-file", ""));
		}
		for (Assessment assessment : folder.assessments()) {
			addModelProblems(folder, assessment, locale, problems);
			ComplianceChecks.addTo(folder, assessment, problems);
			ConsistencyChecks.addTo(folder, assessment, problems);
			ApprovalChecks.addTo(folder, assessment, problems);
		}
		for (Resource resource : folder.ruleResources()) {
			addRuleProblems(folder, resource, problems);
		}
		problems.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line)
				.thenComparingInt(Problem::column));
		return problems;
	}

	private static void addRuleProblems(AssessmentFolder folder, Resource resource, List<Problem> problems) {
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		Path file = folder.fileOf(resource);
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			if (issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.IGNORE
					|| issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.INFO) {
				continue;
			}
			Problem.Severity severity = issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR
					? Problem.Severity.ERROR : Problem.Severity.WARNING;
			problems.add(new Problem(file, value(issue.getLineNumber()), value(issue.getColumn()), severity,
					issue.getMessage(), issue.getCode() == null ? "rules" : issue.getCode(), ""));
		}
	}

	private static void addModelProblems(AssessmentFolder folder, Assessment assessment, Locale locale, List<Problem> problems) {
		Path file = folder.fileOf(assessment.eResource());
		for (Diagnostic diagnostic : DpiaValidation.validate(assessment, locale).getChildren()) {
			if (diagnostic.getSeverity() < Diagnostic.WARNING) {
				continue;
			}
			Problem.Severity severity = diagnostic.getSeverity() >= Diagnostic.ERROR ? Problem.Severity.ERROR
					: Problem.Severity.WARNING;
			EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject o) ? null : o;
			String code = diagnostic instanceof ModelIssue issue ? issue.issueCode() : IssueCodes.INVALID_MODEL;
			problems.add(new Problem(file, 0, 0, severity, diagnostic.getMessage(), code, ModelPaths.pathOf(element)));
		}
	}

	private static int value(Integer number) {
		return number == null ? 0 : number;
	}
}
