package se.dpia.app.views.actionplan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.dpia.model.DpiaFactory;
import se.dpia.model.Mitigation;
import se.dpia.model.MitigationStatus;

/** A measure is overdue when its due date has passed and it is neither carried out nor verified. */
class OverdueTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	@Test
	void aPlannedMeasurePastItsDueDateIsOverdue() {
		assertTrue(Overdue.is(measure("2026-03-14", MitigationStatus.PLANERAD), TODAY));
	}

	@Test
	void aMeasureDueTodayOrLaterIsNot() {
		assertFalse(Overdue.is(measure("2026-03-15", MitigationStatus.PLANERAD), TODAY));
		assertFalse(Overdue.is(measure("2027-01-01", MitigationStatus.PLANERAD), TODAY));
	}

	@Test
	void aMeasureCarriedOutOrVerifiedIsNot() {
		assertFalse(Overdue.is(measure("2020-01-01", MitigationStatus.GENOMFORD), TODAY));
		assertFalse(Overdue.is(measure("2020-01-01", MitigationStatus.VERIFIERAD), TODAY));
	}

	@Test
	void aMeasureWithoutADateOrWithAMalformedOneIsNot() {
		assertFalse(Overdue.is(measure(null, MitigationStatus.PLANERAD), TODAY));
		assertFalse(Overdue.is(measure("våren 2020", MitigationStatus.PLANERAD), TODAY));
	}

	private static Mitigation measure(String dueDate, MitigationStatus status) {
		Mitigation measure = DpiaFactory.eINSTANCE.createMitigation();
		measure.setDueDate(dueDate);
		measure.setStatus(status);
		return measure;
	}
}
