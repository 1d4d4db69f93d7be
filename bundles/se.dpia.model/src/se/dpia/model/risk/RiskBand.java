package se.dpia.model.risk;

import se.dpia.model.Risk;

/**
 * The band a risk level (likelihood × severity) falls in, relative to the assessment's acceptable level A: the one
 * definition the PDF's heat maps, the workbench's heat map and its risk register all colour by.
 * <ul>
 * <li>{@link #ACCEPTABLE}: level ≤ A, accepted without further measures;</li>
 * <li>{@link #ELEVATED}: A &lt; level ≤ 2A, above what is acceptable: needs measures, or the DPO's sign-off;</li>
 * <li>{@link #HIGH}: level &gt; 2A, far above it;</li>
 * <li>{@link #NOT_ASSESSED}: likelihood or severity not rated.</li>
 * </ul>
 */
public enum RiskBand {

	NOT_ASSESSED(0xE6E6E6),
	ACCEPTABLE(0xBEE6BE),
	ELEVATED(0xFFDC82),
	HIGH(0xF5A0A0);

	private final int rgb;

	RiskBand(int rgb) {
		this.rgb = rgb;
	}

	/** The band of a level on a scale with the given acceptable level; {@code 0} is not assessed. */
	public static RiskBand of(long level, int acceptableLevel) {
		if (level == RiskLevels.NOT_ASSESSED) {
			return NOT_ASSESSED;
		}
		if (level <= acceptableLevel) {
			return ACCEPTABLE;
		}
		return level <= 2L * acceptableLevel ? ELEVATED : HIGH;
	}

	/** The band of a risk before its measures. */
	public static RiskBand inherent(Risk risk) {
		return of(RiskLevels.inherent(risk), RiskLevels.scaleOf(risk).acceptableLevel());
	}

	/** The band of a risk after its measures. */
	public static RiskBand residual(Risk risk) {
		return of(RiskLevels.residual(risk), RiskLevels.scaleOf(risk).acceptableLevel());
	}

	/** The highest level of the elevated band on a scale with the given acceptable level: 2A. */
	public static long elevatedLimit(int acceptableLevel) {
		return 2L * acceptableLevel;
	}

	/** The band's colour as 0xRRGGBB: light enough for black text on it. */
	public int rgb() {
		return rgb;
	}

	/** The colour as CSS writes it, e.g. {@code #ffdc82}. */
	public String hex() {
		return String.format("#%06x", rgb);
	}

	/** The band's name in lower case, as the documents' style sheet names its classes ({@code td.elevated}). */
	public String cssClass() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
