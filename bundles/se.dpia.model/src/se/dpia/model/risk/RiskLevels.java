package se.dpia.model.risk;

import se.dpia.model.Assessment;
import se.dpia.model.Risk;

/**
 * A risk's levels: likelihood × severity before the measures (inherent) and after them (residual); 0 means
 * not assessed, i.e. one of the two factors is 0. A product beyond {@code int} saturates.
 */
public final class RiskLevels {

	/** The level of a risk that is not assessed. */
	public static final int NOT_ASSESSED = 0;

	private RiskLevels() {
	}

	/** Likelihood × severity before the measures, or {@link #NOT_ASSESSED}. */
	public static int inherent(Risk risk) {
		return level(risk.getLikelihood(), risk.getSeverity());
	}

	/** Likelihood × severity after the measures, or {@link #NOT_ASSESSED}. */
	public static int residual(Risk risk) {
		return level(risk.getResidualLikelihood(), risk.getResidualSeverity());
	}

	/**
	 * The level the risk is known to remain at: the residual level where assessed, else the inherent one (a
	 * risk whose measures are not yet assessed is as high as before them).
	 */
	public static int remaining(Risk risk) {
		int residual = residual(risk);
		return residual != NOT_ASSESSED ? residual : inherent(risk);
	}

	/** Whether the remaining level is above the acceptable level of the risk's assessment. */
	public static boolean isAboveAcceptable(Risk risk) {
		return remaining(risk) > scaleOf(risk).acceptableLevel();
	}

	/** The effective scale of the assessment that holds the risk. */
	public static RiskScales scaleOf(Risk risk) {
		return RiskScales.of(risk.eContainer() instanceof Assessment assessment ? assessment : null);
	}

	/**
	 * The product, saturating at {@link Integer#MAX_VALUE}: a rating far outside the scale (46,341 × 46,341) must stay
	 * above the acceptable level, not wrap round to a negative level that needs no sign-off.
	 */
	private static int level(int likelihood, int severity) {
		return likelihood <= 0 || severity <= 0 ? NOT_ASSESSED
				: (int) Math.min(Integer.MAX_VALUE, (long) likelihood * severity);
	}
}
