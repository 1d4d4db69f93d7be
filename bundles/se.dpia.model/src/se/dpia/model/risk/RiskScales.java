package se.dpia.model.risk;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import se.dpia.model.Assessment;
import se.dpia.model.RiskScale;
import se.dpia.model.ScaleLevel;

/**
 * The scale an assessment rates likelihood and severity on: its own {@link RiskScale}, or where it has none
 * (or one without levels) the CNIL method's four levels. Documents, views and validation all read the scale
 * through here, so they agree on labels and on the acceptable level.
 *
 * @param levels the levels, lowest first
 * @param acceptableLevel the highest risk level (likelihood × severity) accepted without the DPO's sign-off
 */
public record RiskScales(List<Level> levels, int acceptableLevel) {

	/** The acceptable level when the assessment does not set one: significant × limited. */
	public static final int DEFAULT_ACCEPTABLE_LEVEL = 6;

	/** The CNIL method's four levels with its Swedish labels (severity calls level 3 allvarlig). */
	public static final RiskScales CNIL = new RiskScales(List.of(
			new Level(1, "Obetydlig", "Obetydlig", "Negligible"),
			new Level(2, "Begränsad", "Begränsad", "Limited"),
			new Level(3, "Betydande", "Allvarlig", "Significant"),
			new Level(4, "Maximal", "Maximal", "Maximum")), DEFAULT_ACCEPTABLE_LEVEL);

	/**
	 * One level of a scale.
	 *
	 * @param label the Swedish label for likelihood (sannolikhet)
	 * @param severityLabel the Swedish label for severity (allvarlighet); the same as label on a custom scale
	 * @param labelEn the English label
	 */
	public record Level(int value, String label, String severityLabel, String labelEn) {
	}

	public RiskScales {
		levels = levels.stream().sorted(Comparator.comparingInt(Level::value)).toList();
	}

	/** The effective scale of an assessment; the CNIL scale for {@code null}. */
	public static RiskScales of(Assessment assessment) {
		RiskScale scale = assessment == null ? null : assessment.getRiskScale();
		if (scale == null) {
			return CNIL;
		}
		if (scale.getLevels().isEmpty()) {
			return new RiskScales(CNIL.levels(), scale.getAcceptableLevel());
		}
		List<Level> levels = scale.getLevels().stream().map(RiskScales::level).toList();
		return new RiskScales(levels, scale.getAcceptableLevel());
	}

	private static Level level(ScaleLevel level) {
		String label = level.getLabel() == null ? String.valueOf(level.getValue()) : level.getLabel();
		String labelEn = level.getLabelEn() == null ? label : level.getLabelEn();
		return new Level(level.getValue(), label, label, labelEn);
	}

	/** The lowest value on the scale. */
	public int min() {
		return levels.isEmpty() ? 0 : levels.get(0).value();
	}

	/** The highest value on the scale. */
	public int max() {
		return levels.isEmpty() ? 0 : levels.get(levels.size() - 1).value();
	}

	/** Whether a likelihood or severity value is a level of this scale. */
	public boolean contains(int value) {
		return levels.stream().anyMatch(level -> level.value() == value);
	}

	/** The label of a likelihood value in a language (Swedish unless English is asked for); the number if unknown. */
	public String likelihoodLabel(int value, Locale locale) {
		return levels.stream().filter(level -> level.value() == value).findFirst()
				.map(level -> isEnglish(locale) ? level.labelEn() : level.label()).orElse(String.valueOf(value));
	}

	/** The label of a severity value in a language (Swedish unless English is asked for); the number if unknown. */
	public String severityLabel(int value, Locale locale) {
		return levels.stream().filter(level -> level.value() == value).findFirst()
				.map(level -> isEnglish(locale) ? level.labelEn() : level.severityLabel()).orElse(String.valueOf(value));
	}

	private static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}
}
