package se.dpia.compliance.consultation;

import java.util.List;

import se.dpia.model.Assessment;
import se.dpia.model.Risk;

/**
 * Prior consultation with IMY (GDPR Art. 36(1)): needed where a risk stays high after the measures. A risk stays high
 * when its residual level, residual likelihood × residual severity, is above the assessment's acceptable level.
 */
public final class PriorConsultation {

	/** The acceptable level when the assessment has no risk scale: RiskScale.acceptableLevel's default (CNIL, 4 × 4). */
	public static final int DEFAULT_ACCEPTABLE_LEVEL = 6;

	private PriorConsultation() {
	}

	/** The highest residual level accepted: the risk scale's acceptable level, or 6 without a scale. */
	public static int acceptableLevel(Assessment assessment) {
		return assessment.getRiskScale() == null ? DEFAULT_ACCEPTABLE_LEVEL : assessment.getRiskScale().getAcceptableLevel();
	}

	/** A risk's level after the measures; 0 while its residual likelihood or severity is not assessed. */
	public static int residualLevel(Risk risk) {
		return risk.getResidualLikelihood() * risk.getResidualSeverity();
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
