package se.dpia.documents;

import java.util.HashMap;
import java.util.Map;

import se.dpia.model.Assessment;
import se.dpia.model.Mitigation;
import se.dpia.model.Risk;
import se.dpia.model.RiskKind;

/**
 * Short display ids for risks and measures: R1, R2 … for the risks to the data subjects, P1, P2 … for project
 * risks and A1, A2 … (English M1, M2 …) for the measures, numbered in the model's order. Headings, heat-map cells
 * and cross-references show these, with the name beside them in headings, so that a long snake_case id never
 * becomes a heading or breaks mid-word in a narrow cell. The letters come from the texts file
 * ({@code shortId.risk}, {@code shortId.projectRisk}, {@code shortId.measure}); the numbers are the same in every
 * language.
 */
final class ShortIds {

	private final Map<Risk, String> risks = new HashMap<>();
	private final Map<Mitigation, String> measures = new HashMap<>();

	ShortIds(Assessment assessment, Texts texts) throws TemplateException {
		String risk = texts.text("shortId.risk");
		String projectRisk = texts.text("shortId.projectRisk");
		int subjectNumber = 0;
		int projectNumber = 0;
		for (Risk each : assessment.getRisks()) {
			risks.put(each, each.getKind() == RiskKind.PROJEKT ? projectRisk + ++projectNumber : risk + ++subjectNumber);
		}
		String measure = texts.text("shortId.measure");
		int measureNumber = 0;
		for (Mitigation each : assessment.getMitigations()) {
			measures.put(each, measure + ++measureNumber);
		}
	}

	/** The risk's short id; its model id if it is not one of the assessment's risks. */
	String of(Risk risk) {
		return risks.getOrDefault(risk, risk.getId());
	}

	/** The measure's short id; its model id if it is not one of the assessment's measures. */
	String of(Mitigation measure) {
		return measures.getOrDefault(measure, measure.getId());
	}
}
