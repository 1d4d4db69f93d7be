package se.dpia.documents;

import static se.dpia.documents.Values.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.dpia.model.Assessment;
import se.dpia.model.Mitigation;
import se.dpia.model.Risk;
import se.dpia.model.RiskKind;
import se.dpia.model.RiskScale;
import se.dpia.model.ScaleLevel;
import se.dpia.model.risk.RiskBand;
import se.dpia.model.risk.RiskLevels;
import se.dpia.model.risk.RiskScales;

/**
 * The risk part of the DPIA report (Art. 35(7)(c) and (d)): the scale, the risk register with inherent and residual
 * levels, the heat maps before and after the measures, and the action plan. Levels are computed from the model's
 * likelihood and severity; a risk not yet assessed says so. Risks and measures are shown by their {@link ShortIds}.
 */
final class RiskRegister {

	private final Assessment assessment;
	private final Values values;
	private final RiskScales scales;
	private final boolean english;
	private final ShortIds ids;

	RiskRegister(Assessment assessment, Values values, Language language, ShortIds ids) {
		this.assessment = assessment;
		this.values = values;
		this.scales = RiskScales.of(assessment);
		this.english = language == Language.EN;
		this.ids = ids;
	}

	void addTo(Map<String, Object> document) throws TemplateException {
		document.put("acceptableLevel", scales.acceptableLevel());
		document.put("elevatedLimit", RiskBand.elevatedLimit(scales.acceptableLevel()));
		document.put("scale", scale());
		document.put("risks", risks(subjectRisks()));
		List<Map<String, Object>> projectRisks = risks(assessment.getRisks().stream()
				.filter(risk -> risk.getKind() == RiskKind.PROJEKT).toList());
		document.put("projectRisks", projectRisks);
		document.put("hasProjectRisks", !projectRisks.isEmpty());
		document.put("heatBefore", heatMap(false));
		document.put("heatAfter", heatMap(true));
		document.put("actions", actions());
		List<Map<String, Object>> above = new ArrayList<>();
		for (Risk risk : subjectRisks()) {
			if (assessed(risk.getResidualLikelihood(), risk.getResidualSeverity())
					&& !isAcceptable(risk.getResidualLikelihood(), risk.getResidualSeverity())) {
				above.add(row("id", ids.of(risk), "name", values.name(risk),
						"level", product(risk.getResidualLikelihood(), risk.getResidualSeverity())));
			}
		}
		document.put("residualAbove", above);
		document.put("hasResidualAbove", !above.isEmpty());
	}

	private List<Map<String, Object>> scale() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (RiskScales.Level level : scales.levels()) {
			rows.add(row("value", level.value(), "likelihood", likelihoodLabel(level.value()),
					"severity", severityLabel(level.value()), "description", values.text(description(level.value()))));
		}
		return rows;
	}

	/**
	 * The risks to the data subjects' rights and freedoms: the Art. 35(7)(c) register and the heat maps. Project
	 * risks (kind projekt) go to an appendix; a risk whose kind is not stated stays in the register.
	 */
	private List<Risk> subjectRisks() {
		return assessment.getRisks().stream().filter(risk -> risk.getKind() != RiskKind.PROJEKT).toList();
	}

	private List<Map<String, Object>> risks(List<Risk> risks) throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Risk risk : risks) {
			List<Map<String, Object>> measures = new ArrayList<>();
			for (Mitigation mitigation : risk.getMitigations()) {
				measures.add(row("id", ids.of(mitigation), "name", values.name(mitigation),
						"description", mitigation.getDescription() == null ? "" : mitigation.getDescription().strip()));
			}
			rows.add(row("id", ids.of(risk), "name", values.name(risk), "description", values.text(risk.getDescription()),
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
		if (!assessed(likelihood, severity)) {
			return values.notStated();
		}
		String acceptable = values.yesNo(isAcceptable(likelihood, severity));
		return likelihood + " × " + severity + " = " + product(likelihood, severity) + " ("
				+ likelihoodLabel(likelihood) + " / " + severityLabel(severity) + "; "
				+ valuesAcceptable() + ": " + acceptable + ")";
	}

	private String valuesAcceptable() throws TemplateException {
		return values.textOf("risk.acceptable");
	}

	/** The style class of a cell: the level's {@link RiskBand}, the one definition the workbench colours by too. */
	private String band(int likelihood, int severity) {
		return RiskBand.of(assessed(likelihood, severity) ? (long) likelihood * severity : RiskLevels.NOT_ASSESSED,
				scales.acceptableLevel()).cssClass();
	}

	/** Severity rows from the highest down, likelihood columns from the lowest: the usual CNIL map. */
	private Map<String, Object> heatMap(boolean residual) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<String> unassessed = new ArrayList<>();
		for (Risk risk : subjectRisks()) {
			if (!assessed(likelihood(risk, residual), severity(risk, residual))) {
				unassessed.add(ids.of(risk));
			}
		}
		List<RiskScales.Level> scale = scales.levels();
		for (int s = scale.size() - 1; s >= 0; s--) {
			int severity = scale.get(s).value();
			List<Map<String, Object>> cells = new ArrayList<>();
			for (RiskScales.Level column : scale) {
				int likelihood = column.value();
				List<String> shown = new ArrayList<>();
				for (Risk risk : subjectRisks()) {
					if (likelihood(risk, residual) == likelihood && severity(risk, residual) == severity) {
						shown.add(this.ids.of(risk));
					}
				}
				cells.add(row("band", band(likelihood, severity), "level", product(likelihood, severity),
						"risks", String.join(", ", shown)));
			}
			rows.add(row("severity", severity + " " + severityLabel(severity), "cells", cells));
		}
		List<Map<String, Object>> columns = new ArrayList<>();
		for (RiskScales.Level column : scale) {
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
			rows.add(row("id", ids.of(mitigation), "name", values.name(mitigation),
					"description", values.text(mitigation.getDescription()),
					"kind", values.label(mitigation.getKind()),
					"category", values.label(mitigation.getSecurityCategory()),
					"owner", values.person(mitigation.getOwner()),
					"due", values.date(mitigation.getDueDate()),
					"status", values.label(mitigation.getStatus()),
					"risks", values.join(mitigation.getRisks(), ids::of),
					"carriedOutBy", mitigation.getCarriedOutBy() == null ? "" : values.name(mitigation.getCarriedOutBy())));
		}
		return rows;
	}

	private String likelihoodLabel(int value) {
		return scales.contains(value) ? scales.likelihoodLabel(value, locale()) : values.notStated();
	}

	private String severityLabel(int value) {
		return scales.contains(value) ? scales.severityLabel(value, locale()) : values.notStated();
	}

	private Locale locale() {
		return english ? Locale.ENGLISH : Locale.of("sv", "SE");
	}

	/** The model's own description of a level of its scale, if it has one. */
	private String description(int value) {
		RiskScale scale = assessment.getRiskScale();
		if (scale != null) {
			for (ScaleLevel level : scale.getLevels()) {
				if (level.getValue() == value) {
					return level.getDescription();
				}
			}
		}
		return null;
	}

	/** Whether both values are on the scale (0 means not assessed). */
	private boolean assessed(int likelihood, int severity) {
		return scales.contains(likelihood) && scales.contains(severity);
	}

	private static int product(int likelihood, int severity) {
		return likelihood * severity;
	}

	private boolean isAcceptable(int likelihood, int severity) {
		return product(likelihood, severity) <= scales.acceptableLevel();
	}
}
