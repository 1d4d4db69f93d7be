package se.dpia.app.views.risks;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import se.dpia.model.Risk;
import se.dpia.model.RiskStatus;
import se.dpia.model.risk.RiskLevels;

/** Shows the risks with a status (or any) whose remaining level is in a range (or any). */
final class RiskFilter extends ViewerFilter {

	/** Which remaining levels pass. */
	enum LevelChoice {
		ALL, ABOVE_ACCEPTABLE, ACCEPTABLE, NOT_ASSESSED;

		boolean accepts(Risk risk) {
			boolean assessed = RiskLevels.remaining(risk) != RiskLevels.NOT_ASSESSED;
			return switch (this) {
			case ALL -> true;
			case ABOVE_ACCEPTABLE -> RiskLevels.isAboveAcceptable(risk);
			case ACCEPTABLE -> assessed && !RiskLevels.isAboveAcceptable(risk);
			case NOT_ASSESSED -> !assessed;
			};
		}
	}

	private RiskStatus status;
	private LevelChoice level = LevelChoice.ALL;

	/** Only risks with this status; {@code null} for any. */
	void status(RiskStatus status) {
		this.status = status;
	}

	void level(LevelChoice level) {
		this.level = level;
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return element instanceof Risk risk && (status == null || risk.getStatus() == status) && level.accepts(risk);
	}
}
