package se.dpia.app.views.heatmap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import se.dpia.model.Risk;
import se.dpia.model.risk.RiskScales;

/**
 * Which risks sit in which cell of a likelihood × severity grid on a scale, before or after the measures; risks
 * with a factor off the scale (0: not assessed) are counted apart.
 */
public final class HeatMapCounts {

	private final RiskScales scale;
	private final List<Risk>[][] cells;
	private final List<Risk> notAssessed = new ArrayList<>();

	@SuppressWarnings("unchecked")
	private HeatMapCounts(RiskScales scale) {
		this.scale = scale;
		int size = scale.levels().size();
		cells = new List[size][size];
		for (List<Risk>[] row : cells) {
			for (int i = 0; i < row.length; i++) {
				row[i] = new ArrayList<>();
			}
		}
	}

	/** The grid of the risks' inherent levels (likelihood, severity). */
	public static HeatMapCounts inherent(List<Risk> risks, RiskScales scale) {
		return of(risks, scale, Risk::getLikelihood, Risk::getSeverity);
	}

	/** The grid of the risks' residual levels (after the measures). */
	public static HeatMapCounts residual(List<Risk> risks, RiskScales scale) {
		return of(risks, scale, Risk::getResidualLikelihood, Risk::getResidualSeverity);
	}

	private static HeatMapCounts of(List<Risk> risks, RiskScales scale, ToIntFunction<Risk> likelihood,
			ToIntFunction<Risk> severity) {
		HeatMapCounts counts = new HeatMapCounts(scale);
		for (Risk risk : risks) {
			int l = counts.index(likelihood.applyAsInt(risk));
			int s = counts.index(severity.applyAsInt(risk));
			if (l < 0 || s < 0) {
				counts.notAssessed.add(risk);
			} else {
				counts.cells[l][s].add(risk);
			}
		}
		return counts;
	}

	private int index(int value) {
		for (int i = 0; i < scale.levels().size(); i++) {
			if (scale.levels().get(i).value() == value) {
				return i;
			}
		}
		return -1;
	}

	public RiskScales scale() {
		return scale;
	}

	/** The risks in the cell of a likelihood and a severity value; none for values off the scale. */
	public List<Risk> risks(int likelihood, int severity) {
		int l = index(likelihood);
		int s = index(severity);
		return l < 0 || s < 0 ? List.of() : List.copyOf(cells[l][s]);
	}

	public int count(int likelihood, int severity) {
		return risks(likelihood, severity).size();
	}

	/** The risks with a likelihood or severity not on the scale. */
	public List<Risk> notAssessed() {
		return List.copyOf(notAssessed);
	}
}
