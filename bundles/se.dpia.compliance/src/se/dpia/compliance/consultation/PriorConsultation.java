package se.dpia.compliance.consultation;

import java.util.List;

import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.RiskKind;
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

	/** What the register says about Art. 36: not yet assessable, required, or not required. */
	public enum Outcome {
		/** Some risk to the data subjects lacks an assessment after the measures, or none is registered. */
		NOT_ASSESSED,
		/** A residual level is above the acceptable level. */
		REQUIRED,
		/** Every risk is assessed after the measures and none is above the acceptable level. */
		NOT_REQUIRED
	}

	/** The risks to the data subjects (project risks are not the DPIA's subject) without a residual assessment. */
	public static List<Risk> risksNotAssessedAfterMeasures(Assessment assessment) {
		return assessment.getRisks().stream().filter(r -> r.getKind() != RiskKind.PROJEKT)
				.filter(r -> residualLevel(r) == RiskLevels.NOT_ASSESSED).toList();
	}

	/**
	 * The Art. 36 conclusion computed from the register: "not assessed" while any risk to the data subjects lacks its
	 * residual assessment (or there is none), otherwise whether a residual level exceeds the acceptable level.
	 */
	public static Outcome outcome(Assessment assessment) {
		boolean anyRisk = assessment.getRisks().stream().anyMatch(r -> r.getKind() != RiskKind.PROJEKT);
		if (!anyRisk || !risksNotAssessedAfterMeasures(assessment).isEmpty()) {
			return Outcome.NOT_ASSESSED;
		}
		return required(assessment) ? Outcome.REQUIRED : Outcome.NOT_REQUIRED;
	}
}
