package se.dpia.compliance.consultation;

import java.util.List;

import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.risk.RiskLevels;
import se.dpia.model.risk.RiskScales;

/**
 * Prior consultation with IMY (GDPR Art. 36(1)): needed where a risk stays high after the measures. A risk stays high
 * when its residual level, residual likelihood × residual severity, is above the assessment's acceptable level
 * (its risk scale's, 6 by default with the CNIL method's four levels).
 */
public final class PriorConsultation {

	private PriorConsultation() {
	}

	/** The highest residual level accepted: the assessment's risk scale's acceptable level. */
	public static int acceptableLevel(Assessment assessment) {
		return RiskScales.of(assessment).acceptableLevel();
	}

	/** A risk's level after the measures; 0 while its residual likelihood or severity is not assessed. */
	public static int residualLevel(Risk risk) {
		return RiskLevels.residual(risk);
	}

	/** The risks whose residual level is above the acceptable level, in register order. */
	public static List<Risk> risksRequiringConsultation(Assessment assessment) {
		int acceptable = acceptableLevel(assessment);
		return assessment.getRisks().stream().filter(r -> residualLevel(r) > acceptable).toList();
	}

	public static boolean required(Assessment assessment) {
		return !risksRequiringConsultation(assessment).isEmpty();
	}
}
