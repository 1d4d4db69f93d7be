package se.dpia.app.views;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.RGB;

import se.dpia.app.Messages;
import se.dpia.model.risk.RiskLevels;

/**
 * The band a risk level (likelihood × severity) falls in, relative to the assessment's acceptable level: acceptable,
 * above it, or high (above twice the acceptable level). The heat map colours its cells and the risk register its rows
 * by band, and always says the band in words too.
 */
public enum LevelBand {

	NOT_ASSESSED(new RGB(230, 230, 230)),
	ACCEPTABLE(new RGB(190, 230, 190)),
	ELEVATED(new RGB(255, 220, 130)),
	HIGH(new RGB(245, 160, 160));

	private final RGB rgb;

	LevelBand(RGB rgb) {
		this.rgb = rgb;
	}

	public static LevelBand of(int level, int acceptableLevel) {
		if (level == RiskLevels.NOT_ASSESSED) {
			return NOT_ASSESSED;
		}
		if (level <= acceptableLevel) {
			return ACCEPTABLE;
		}
		return level <= 2 * acceptableLevel ? ELEVATED : HIGH;
	}

	public RGB rgb() {
		return rgb;
	}

	/** The legend's text for the band on a scale with the given acceptable level. */
	public String legend(int acceptableLevel) {
		return switch (this) {
		case NOT_ASSESSED -> Messages.filterNotAssessed;
		case ACCEPTABLE -> NLS.bind(Messages.bandAcceptable, acceptableLevel);
		case ELEVATED -> NLS.bind(Messages.bandElevated, acceptableLevel, 2 * acceptableLevel);
		case HIGH -> NLS.bind(Messages.bandHigh, 2 * acceptableLevel);
		};
	}
}
