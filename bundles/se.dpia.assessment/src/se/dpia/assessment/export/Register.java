package se.dpia.assessment.export;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

import se.dpia.model.Assessment;
import se.dpia.model.Identified;
import se.dpia.model.Mitigation;
import se.dpia.model.Risk;
import se.dpia.model.risk.RiskBand;
import se.dpia.model.risk.RiskLevels;

/**
 * The risk register and the action plan of an assessment as tables: named columns and one row per risk or measure,
 * in the model's order. A cell is a String, an Integer, a list of ids, or null where the model states nothing (never
 * a guess). What {@link CsvExport} and {@link JsonExport} write.
 */
public record Register(Table risks, Table actions) {

	/** Which tables an export holds. */
	public enum What {
		RISKS, ACTIONS, ALL;

		public static What of(String name) {
			for (What what : values()) {
				if (what.name().equalsIgnoreCase(name)) {
					return what;
				}
			}
			return null;
		}

		boolean risks() {
			return this != ACTIONS;
		}

		boolean actions() {
			return this != RISKS;
		}
	}

	/** One table: its name (the JSON key), its columns (JSON keys, also the message keys of the headers) and rows. */
	public record Table(String name, List<String> columns, List<List<Object>> rows) {
		public Table {
			columns = List.copyOf(columns);
			rows = List.copyOf(rows);
		}
	}

	static final List<String> RISK_COLUMNS = List.of("id", "name", "kind", "category", "likelihood", "severity", "level",
			"band", "residualLikelihood", "residualSeverity", "residualLevel", "residualBand", "measures", "status");
	static final List<String> ACTION_COLUMNS = List.of("id", "measure", "kind", "owner", "dueDate", "status", "risks");

	/** The register of an assessment. */
	public static Register of(Assessment assessment) {
		List<List<Object>> risks = new ArrayList<>();
		for (Risk risk : assessment.getRisks()) {
			risks.add(java.util.Arrays.asList(risk.getId(), risk.getName(), literal(risk.getFearedEvent()),
					literal(risk.getLinddun()), rating(risk.getLikelihood()), rating(risk.getSeverity()),
					rating(RiskLevels.inherent(risk)), band(RiskBand.inherent(risk)), rating(risk.getResidualLikelihood()),
					rating(risk.getResidualSeverity()), rating(RiskLevels.residual(risk)), band(RiskBand.residual(risk)),
					ids(risk.getMitigations()), literal(risk.getStatus())));
		}
		List<List<Object>> actions = new ArrayList<>();
		for (Mitigation measure : assessment.getMitigations()) {
			actions.add(java.util.Arrays.asList(measure.getId(), measure.getName(), literal(measure.getKind()),
					measure.getOwner() == null ? null : text(measure.getOwner().getName(), measure.getOwner().getId()),
					blankToNull(measure.getDueDate()), literal(measure.getStatus()), ids(measure.getRisks())));
		}
		return new Register(new Table("risks", RISK_COLUMNS, risks), new Table("actions", ACTION_COLUMNS, actions));
	}

	/** The tables the choice asks for, risks first. */
	public List<Table> tables(What what) {
		List<Table> tables = new ArrayList<>();
		if (what.risks()) {
			tables.add(risks);
		}
		if (what.actions()) {
			tables.add(actions);
		}
		return tables;
	}

	/** The band's name in exports: acceptable, elevated, high; null when not assessed. */
	private static String band(RiskBand band) {
		return band == RiskBand.NOT_ASSESSED ? null : band.name().toLowerCase(java.util.Locale.ROOT);
	}

	private static Integer rating(int value) {
		return value == RiskLevels.NOT_ASSESSED ? null : value;
	}

	/** An enum literal as the model file writes it; null for the model's own "not stated" (ej angiven). */
	private static String literal(Enumerator value) {
		return value == null || value.getLiteral().equals("ej angiven") ? null : value.getLiteral();
	}

	private static List<String> ids(List<? extends Identified> elements) {
		return elements.stream().map(Identified::getId).toList();
	}

	private static String text(String preferred, String fallback) {
		return preferred == null || preferred.isBlank() ? fallback : preferred;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
