package se.dpia.benchmarks.synthetic;

/**
 * How big a synthetic assessment is: its risks, data flows, measures (mitigations), routines (one rule-file
 * routine each, one routine document each) and the rule lines those routines take.
 */
public record Size(int risks, int flows, int mitigations, int routines) {

	/** The scaling benchmark's 1× model: a county-wide assessment of 1,250 risks. */
	public static final int BASE_RISKS = 1250;

	public Size {
		if (risks < 1 || flows < 1 || mitigations < 1 || routines < 1) {
			throw new IllegalArgumentException("a synthetic assessment needs at least one risk, flow, measure and routine, not "
					+ risks + "/" + flows + "/" + mitigations + "/" + routines);
		}
	}

	/**
	 * A model of {@code risks} risks with the proportions of a real one: a flow per five risks, a measure per two,
	 * a routine per 125 (the bundled example has 11 risks, 6 flows, 11 measures and 6 routines).
	 */
	public static Size ofRisks(int risks) {
		return new Size(risks, Math.max(1, risks / 5), Math.max(1, risks / 2), Math.max(1, risks / 125));
	}

	/** {@code factor} times the 1,250-risk model (0.01 gives a 13-risk smoke model). */
	public static Size scaled(double factor) {
		return ofRisks(Math.max(1, (int) Math.round(BASE_RISKS * factor)));
	}

	/** Lines of rule text the routines take ({@link SyntheticRules#ROUTINE_LINES} each, and a blank line). */
	public int ruleLines() {
		return routines * (SyntheticRules.ROUTINE_LINES + 1);
	}
}
