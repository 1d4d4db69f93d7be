package se.dpia.assessment.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.model.Assessment;
import se.dpia.model.io.ModelLoadException;
import se.dpia.model.validation.DpiaValidation;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.ModelIssue;
import se.dpia.model.validation.Problem;
import se.dpia.rules.RulesMessages;
import se.dpia.rules.load.RuleProblems;

/**
 * Checks an assessment folder: files that don't load, the model's validation, the compliance and cross-document
 * consistency checks, the approval, and rule-file validation, composed into one {@link CheckResult}.
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
		return check(folder, locale, NextSteps.COMMAND_LINE);
	}

	/** The same, with the advice on what to do next in the words of the program that shows the problems. */
	public static List<Problem> check(AssessmentFolder folder, Locale locale, NextSteps next) {
		List<Problem> problems = new ArrayList<>();
		for (ModelLoadException failure : folder.loadFailures()) {
			problems.add(RuleProblems.unreadable(failure, locale));
		}
		for (Assessment assessment : folder.assessments()) {
			addModelProblems(folder, assessment, locale, problems);
			ComplianceChecks.addTo(folder, assessment, problems, locale);
			ConsistencyChecks.addTo(folder, assessment, problems, locale);
			ApprovalChecks.addTo(folder, assessment, problems, locale, next);
			MergeConflictChecks.addTo(folder, assessment, problems, locale);
		}
		RulesMessages.useLocale(folder.resourceSet(), locale);
		for (Resource resource : folder.ruleResources()) {
			problems.addAll(RuleProblems.of(resource, folder.fileOf(resource), locale));
		}
		problems.sort(RuleProblems.BY_PLACE);
		return problems;
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
			problems.add(ModelProblems.at(file, element, assessment, severity, diagnostic.getMessage(), code));
		}
	}
}
