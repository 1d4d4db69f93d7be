package se.dpia.app.views.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import se.dpia.app.Messages;
import se.dpia.app.views.DomainTexts;
import se.dpia.model.Mitigation;

/** One column of the action plan: its header, what it shows of a measure and what it sorts by. */
record PlanColumn(String header, int width, Function<Mitigation, String> text, Function<Mitigation, Comparable<?>> key) {

	/** The plan's columns, left to right; the first sorts by owner, then due date. */
	static List<PlanColumn> all(Supplier<LocalDate> today) {
		return List.of(
				new PlanColumn(Messages.planColumnOwner, 170, PlanColumn::owner, PlanColumn::ownerKey),
				new PlanColumn(Messages.planColumnDueDate, 170, m -> due(m, today.get()), PlanColumn::dueKey),
				new PlanColumn(Messages.planColumnMeasure, 280, m -> m.getName() == null ? m.getId() : m.getName(),
						Mitigation::getName),
				new PlanColumn(Messages.planColumnStatus, 110, m -> DomainTexts.literal(m.getStatus()),
						m -> m.getStatus().getValue()),
				new PlanColumn(Messages.planColumnRisks, 260, m -> DomainTexts.ids(m.getRisks()),
						m -> DomainTexts.ids(m.getRisks())));
	}

	static String owner(Mitigation measure) {
		return measure.getOwner() == null || measure.getOwner().getName() == null ? Messages.planNoOwner
				: measure.getOwner().getName();
	}

	/** The due date, marked in words when it has passed and the measure is not done. */
	static String due(Mitigation measure, LocalDate today) {
		String date = measure.getDueDate() == null || measure.getDueDate().isBlank() ? Messages.planNoDueDate
				: measure.getDueDate();
		return Overdue.is(measure, today) ? NLS.bind(Messages.planOverdue, date) : date;
	}

	/** Sorts by owner, measures without one last, then by due date. */
	private static String ownerKey(Mitigation measure) {
		String owner = measure.getOwner() == null || measure.getOwner().getName() == null ? "\uffff"
				: measure.getOwner().getName();
		return owner + '\u0000' + dueKey(measure);
	}

	/** Sorts measures without a due date last. */
	private static String dueKey(Mitigation measure) {
		LocalDate due = Overdue.dueDate(measure);
		return due == null ? "9999" : due.toString();
	}
}
