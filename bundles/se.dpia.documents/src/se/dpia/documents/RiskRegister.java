package se.dpia.documents;

import static se.dpia.documents.Values.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.dpia.model.Assessment;
import se.dpia.model.Mitigation;
import se.dpia.model.Risk;

/**
 * The risk part of the DPIA report (Art. 35(7)(c) and (d)): the scale, the risk register with inherent and residual
 * levels, the heat maps before and after the measures, and the action plan. Levels are computed from the model's
 * likelihood and severity; a risk not yet assessed says so.
 */
final class RiskRegister {

	private final Assessment assessment;
	private final Values values;
	private final RiskLevels levels;
	private final boolean english;

	RiskRegister(Assessment assessment, Values values, Language language) {
		this.assessment = assessment;
		this.values = values;
		this.levels = RiskLevels.of(assessment);
		this.english = language == Language.EN;
	}

	void addTo(Map<String, Object> document) throws TemplateException {
		document.put("acceptableLevel", levels.acceptable());
		document.put("scale", scale());
		document.put("risks", risks());
		document.put("heatBefore", heatMap(false));
		document.put("heatAfter", heatMap(true));
		document.put("actions", actions());
		List<Map<String, Object>> above = new ArrayList<>();
		for (Risk risk : assessment.getRisks()) {
			if (levels.assessed(risk.getResidualLikelihood(), risk.getResidualSeverity())
					&& !levels.isAcceptable(risk.getResidualLikelihood(), risk.getResidualSeverity())) {
				above.add(row("id", risk.getId(), "name", values.name(risk),
						"level", levels.level(risk.getResidualLikelihood(), risk.getResidualSeverity())));
			}
		}
		document.put("residualAbove", above);
		document.put("hasResidualAbove", !above.isEmpty());
	}

	private List<Map<String, Object>> scale() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (RiskLevels.Level level : levels.levels()) {
			rows.add(row("value", level.value(), "likelihood", likelihoodLabel(level.value()),
					"severity", severityLabel(level.value()), "description", values.text(level.description())));
		}
		return rows;
	}

	private List<Map<String, Object>> risks() throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Risk risk : assessment.getRisks()) {
			List<Map<String, Object>> measures = new ArrayList<>();
			for (Mitigation mitigation : risk.getMitigations()) {
				measures.add(row("id", mitigation.getId(), "name", values.name(mitigation),
						"description", mitigation.getDescription() == null ? "" : mitigation.getDescription().strip()));
			}
			rows.add(row("id", risk.getId(), "name", values.name(risk), "description", values.text(risk.getDescription()),
					"threatSource", values.text(risk.getThreatSource()),
					"fearedEvent", values.label(risk.getFearedEvent()),
					"linddun", values.label(risk.getLinddun()),
					"affected", values.names(risk.getAffected()),
					"inherent", level(risk.getLikelihood(), risk.getSeverity()),
					"inherentBand", band(risk.getLikelihood(), risk.getSeverity()),
					"residual", level(risk.getResidualLikelihood(), risk.getResidualSeverity()),
					"residualBand", band(risk.getResidualLikelihood(), risk.getResidualSeverity()),
					"status", values.label(risk.getStatus()),
					"rationale", risk.getAcceptanceRationale() == null ? "" : risk.getAcceptanceRationale().strip(),
					"measures", measures, "noMeasures", measures.isEmpty()));
		}
		return rows;
	}

	private String level(int likelihood, int severity) throws TemplateException {
		if (!levels.assessed(likelihood, severity)) {
			return values.notStated();
		}
		String acceptable = values.yesNo(levels.isAcceptable(likelihood, severity));
		return likelihood + " × " + severity + " = " + levels.level(likelihood, severity) + " ("
				+ likelihoodLabel(likelihood) + " / " + severityLabel(severity) + "; "
				+ valuesAcceptable() + ": " + acceptable + ")";
	}

	private String valuesAcceptable() throws TemplateException {
		return values.textOf("risk.acceptable");
	}

	private String band(int likelihood, int severity) {
		return levels.assessed(likelihood, severity) ? levels.band(likelihood, severity) : "none";
	}

	/** Severity rows from the highest down, likelihood columns from the lowest: the usual CNIL map. */
	private Map<String, Object> heatMap(boolean residual) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<String> unassessed = new ArrayList<>();
		for (Risk risk : assessment.getRisks()) {
			if (!levels.assessed(likelihood(risk, residual), severity(risk, residual))) {
				unassessed.add(risk.getId());
			}
		}
		List<RiskLevels.Level> scale = levels.levels();
		for (int s = scale.size() - 1; s >= 0; s--) {
			int severity = scale.get(s).value();
			List<Map<String, Object>> cells = new ArrayList<>();
			for (RiskLevels.Level column : scale) {
				int likelihood = column.value();
				List<String> ids = new ArrayList<>();
				for (Risk risk : assessment.getRisks()) {
					if (likelihood(risk, residual) == likelihood && severity(risk, residual) == severity) {
						ids.add(risk.getId());
					}
				}
				cells.add(row("band", levels.band(likelihood, severity), "level", levels.level(likelihood, severity),
						"risks", String.join(", ", ids)));
			}
			rows.add(row("severity", severity + " " + severityLabel(severity), "cells", cells));
		}
		List<Map<String, Object>> columns = new ArrayList<>();
		for (RiskLevels.Level column : scale) {
			columns.add(row("likelihood", column.value() + " " + likelihoodLabel(column.value())));
		}
		return row("rows", rows, "columns", columns, "unassessed", String.join(", ", unassessed));
	}

	private static int likelihood(Risk risk, boolean residual) {
		return residual ? risk.getResidualLikelihood() : risk.getLikelihood();
	}

	private static int severity(Risk risk, boolean residual) {
		return residual ? risk.getResidualSeverity() : risk.getSeverity();
	}

	private List<Map<String, Object>> actions() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Mitigation mitigation : assessment.getMitigations()) {
			rows.add(row("id", mitigation.getId(), "name", values.name(mitigation),
					"description", values.text(mitigation.getDescription()),
					"kind", values.label(mitigation.getKind()),
					"category", values.label(mitigation.getSecurityCategory()),
					"owner", values.person(mitigation.getOwner()),
					"due", values.date(mitigation.getDueDate()),
					"status", values.label(mitigation.getStatus()),
					"risks", values.join(mitigation.getRisks(), Risk::getId),
					"carriedOutBy", mitigation.getCarriedOutBy() == null ? "" : values.name(mitigation.getCarriedOutBy())));
		}
		return rows;
	}

	private String likelihoodLabel(int value) {
		RiskLevels.Level level = levels.find(value);
		if (level == null) {
			return values.notStated();
		}
		return english && level.en() != null ? level.en() : values.text(level.likelihoodSv());
	}

	private String severityLabel(int value) {
		RiskLevels.Level level = levels.find(value);
		if (level == null) {
			return values.notStated();
		}
		return english && level.en() != null ? level.en() : values.text(level.severitySv());
	}
}
