package se.dpia.assessment.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.compliance.consultation.PriorConsultation;
import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.validation.Problem;

/**
 * What the compliance engine adds to {@code check}: a risk that stays above the acceptable level after its
 * measures flags prior consultation with IMY (GDPR Art. 36), as a warning on that risk.
 */
public final class ComplianceChecks {

	private ComplianceChecks() {
	}

	/** Adds the compliance warnings of one assessment of the folder. */
	public static void addTo(AssessmentFolder folder, Assessment assessment, List<Problem> problems) {
		addTo(folder, assessment, problems, Locale.getDefault());
	}

	/** The same, messages in {@code locale}. */
	public static void addTo(AssessmentFolder folder, Assessment assessment, List<Problem> problems, Locale locale) {
		Path file = folder.fileOf(assessment.eResource());
		int acceptable = PriorConsultation.acceptableLevel(assessment);
		for (Risk risk : PriorConsultation.risksRequiringConsultation(assessment)) {
			String message = CheckMessages.format(locale, IssueCodes.PRIOR_CONSULTATION_REQUIRED, risk.getId(), risk.getName(),
					String.valueOf(PriorConsultation.residualLevel(risk)), String.valueOf(risk.getResidualLikelihood()),
					String.valueOf(risk.getResidualSeverity()), String.valueOf(acceptable));
			problems.add(ModelProblems.at(file, risk, assessment, Problem.Severity.WARNING, message,
					IssueCodes.PRIOR_CONSULTATION_REQUIRED));
		}
	}
}
