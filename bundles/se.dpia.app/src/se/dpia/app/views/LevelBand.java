package se.dpia.app.views;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.RGB;

import se.dpia.app.Messages;
import se.dpia.model.risk.RiskBand;

/**
 * The workbench's face of a {@link RiskBand}, the model's one definition of the bands (acceptable, elevated, high):
 * the band's colour as SWT wants it and the legend's words. The heat map colours its cells and the risk register its
 * rows by band, and always says the band in words too.
 */
public enum LevelBand {

	NOT_ASSESSED(RiskBand.NOT_ASSESSED),
	ACCEPTABLE(RiskBand.ACCEPTABLE),
	ELEVATED(RiskBand.ELEVATED),
	HIGH(RiskBand.HIGH);

	private final RiskBand band;

	LevelBand(RiskBand band) {
		this.band = band;
	}

	public static LevelBand of(long level, int acceptableLevel) {
		return of(RiskBand.of(level, acceptableLevel));
	}

	public static LevelBand of(RiskBand band) {
		return valueOf(band.name());
	}

	public RiskBand band() {
		return band;
	}

	public RGB rgb() {
		int rgb = band.rgb();
		return new RGB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
	}

	/** The legend's text for the band on a scale with the given acceptable level. */
	public String legend(int acceptableLevel) {
		return switch (this) {
		case NOT_ASSESSED -> Messages.filterNotAssessed;
		case ACCEPTABLE -> NLS.bind(Messages.bandAcceptable, acceptableLevel);
		case ELEVATED -> NLS.bind(Messages.bandElevated, acceptableLevel, RiskBand.elevatedLimit(acceptableLevel));
		case HIGH -> NLS.bind(Messages.bandHigh, RiskBand.elevatedLimit(acceptableLevel));
		};
	}
}
