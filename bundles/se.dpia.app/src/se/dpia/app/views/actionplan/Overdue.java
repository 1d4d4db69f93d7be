package se.dpia.app.views.actionplan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import se.dpia.model.Mitigation;
import se.dpia.model.MitigationStatus;

/** Whether a measure is overdue: its due date (YYYY-MM-DD) has passed and it is neither carried out nor verified. */
final class Overdue {

	private Overdue() {
	}

	static boolean is(Mitigation measure, LocalDate today) {
		if (measure.getStatus() == MitigationStatus.GENOMFORD || measure.getStatus() == MitigationStatus.VERIFIERAD) {
			return false;
		}
		LocalDate due = dueDate(measure);
		return due != null && due.isBefore(today);
	}

	/** The due date, or {@code null} when there is none or it is not a date (validation reports that). */
	static LocalDate dueDate(Mitigation measure) {
		String text = measure.getDueDate();
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
