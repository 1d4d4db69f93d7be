package se.dpia.assessment.check;

import java.nio.file.Path;
import java.util.List;

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
		Path file = folder.fileOf(assessment.eResource());
		int acceptable = PriorConsultation.acceptableLevel(assessment);
		for (Risk risk : PriorConsultation.risksRequiringConsultation(assessment)) {
			String message = "risk " + risk.getId() + " \"" + risk.getName() + "\" stays at level "
					+ PriorConsultation.residualLevel(risk) + " after its measures (residual likelihood "
					+ risk.getResidualLikelihood() + " x severity " + risk.getResidualSeverity()
					+ "), above the acceptable level " + acceptable
					+ ": consult IMY before starting the processing (GDPR Art. 36), or add measures that lower it";
			problems.add(ModelProblems.at(file, risk, assessment, Problem.Severity.WARNING, message,
					IssueCodes.PRIOR_CONSULTATION_REQUIRED));
		}
	}
}
