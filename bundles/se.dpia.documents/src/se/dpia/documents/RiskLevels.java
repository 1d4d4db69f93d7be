package se.dpia.documents;

import java.util.ArrayList;
import java.util.List;

import se.dpia.model.Assessment;
import se.dpia.model.RiskScale;
import se.dpia.model.ScaleLevel;

/**
 * The assessment's risk scale and arithmetic: level = likelihood × severity, compared with the acceptable level.
 * Without a scale in the model: the CNIL method's four levels and acceptable level 6.
 * <p>
 * Package-private on purpose: a shared risk-arithmetic class in se.dpia.model is being written elsewhere; this one
 * goes when that arrives.
 */
final class RiskLevels {

	/** One step of the scale; labels for likelihood and severity differ only at level 3 in the CNIL scale. */
	record Level(int value, String likelihoodSv, String severitySv, String en, String description) {
	}

	static final int DEFAULT_ACCEPTABLE = 6;

	private static final List<Level> CNIL = List.of(
			new Level(1, "obetydlig", "obetydlig", "negligible", null),
			new Level(2, "begränsad", "begränsad", "limited", null),
			new Level(3, "betydande", "allvarlig", "significant", null),
			new Level(4, "maximal", "maximal", "maximum", null));

	private final List<Level> levels;
	private final int acceptable;

	private RiskLevels(List<Level> levels, int acceptable) {
		this.levels = levels;
		this.acceptable = acceptable;
	}

	static RiskLevels of(Assessment assessment) {
		RiskScale scale = assessment.getRiskScale();
		if (scale == null || scale.getLevels().isEmpty()) {
			return new RiskLevels(CNIL, scale == null ? DEFAULT_ACCEPTABLE : scale.getAcceptableLevel());
		}
		List<Level> levels = new ArrayList<>();
		for (ScaleLevel level : scale.getLevels()) {
			levels.add(new Level(level.getValue(), level.getLabel(), level.getLabel(), level.getLabelEn(), level.getDescription()));
		}
		levels.sort((a, b) -> Integer.compare(a.value(), b.value()));
		return new RiskLevels(List.copyOf(levels), scale.getAcceptableLevel());
	}

	List<Level> levels() {
		return levels;
	}

	int acceptable() {
		return acceptable;
	}

	/** Whether both values are on the scale (0 means not assessed). */
	boolean assessed(int likelihood, int severity) {
		return find(likelihood) != null && find(severity) != null;
	}

	int level(int likelihood, int severity) {
		return likelihood * severity;
	}

	boolean isAcceptable(int likelihood, int severity) {
		return level(likelihood, severity) <= acceptable;
	}

	/** A band for colouring: "low" up to half the acceptable level, "medium" up to it, "high" above. */
	String band(int likelihood, int severity) {
		int level = level(likelihood, severity);
		if (level > acceptable) {
			return "high";
		}
		return level * 2 <= acceptable ? "low" : "medium";
	}

	Level find(int value) {
		for (Level level : levels) {
			if (level.value() == value) {
				return level;
			}
		}
		return null;
	}
}
