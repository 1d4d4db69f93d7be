package se.dpia.documents;

import static se.dpia.documents.Values.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.dpia.model.Assessment;
import se.dpia.rules.rules.Answer;
import se.dpia.rules.rules.Checklist;
import se.dpia.rules.rules.Open;
import se.dpia.rules.rules.Point;
import se.dpia.rules.rules.RuleFile;
import se.dpia.rules.rules.RulesPackage;
import se.dpia.rules.rules.Satisfaction;
import se.dpia.rules.rules.Satisfied;

/**
 * The answered checklists (e.g. SKR's införande and installation), one file per checklist of the rule files: each
 * point of the checklist it follows with its status (satisfied, open with its reason, or unanswered) and the
 * elements or routine steps that satisfy it. Template {@code checklist}.
 */
public final class Checklists implements DocumentKind {

	public static final String TEMPLATE = "checklist";

	@Override
	public String template() {
		return TEMPLATE;
	}

	@Override
	public List<Output> outputs(Assessment assessment, List<RuleFile> rules, Texts texts) throws TemplateException {
		Values values = new Values(texts);
		List<Output> outputs = new ArrayList<>();
		for (Checklist checklist : RuleNames.checklists(rules)) {
			Map<String, Object> document = Header.of(assessment, values, texts);
			String name = RuleNames.shown(checklist.getName());
			Checklist basis = checklist.getBasis() == null || checklist.getBasis().eIsProxy() ? null : checklist.getBasis();
			document.put("checklist", name);
			document.put("basis", basis == null ? "" : title(basis));
			List<Map<String, Object>> points = points(checklist, basis, values);
			document.put("points", points);
			document.put("countSatisfied", count(points, "satisfied"));
			document.put("countOpen", count(points, "open"));
			document.put("countUnanswered", count(points, "unanswered"));
			outputs.add(Header.output(assessment, values, texts, "checklist", checklist.getName(), name, document));
		}
		return outputs;
	}

	private static String title(Checklist checklist) {
		return checklist.getTitle() == null || checklist.getTitle().isBlank() ? RuleNames.shown(checklist.getName())
				: checklist.getTitle().strip();
	}

	/** The basis's points, then the checklist's own; an answer in the checklist overrides the point's own. */
	private static List<Map<String, Object>> points(Checklist checklist, Checklist basis, Values values) {
		List<Point> points = new ArrayList<>();
		if (basis != null) {
			points.addAll(basis.getPoints());
		}
		points.addAll(checklist.getPoints());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Point point : points) {
			Satisfaction satisfaction = point.getSatisfaction();
			for (Answer answer : checklist.getAnswers()) {
				if (answer.getPoint() == point) {
					satisfaction = answer.getSatisfaction();
				}
			}
			rows.add(point(point, satisfaction, values));
		}
		return rows;
	}

	private static Map<String, Object> point(Point point, Satisfaction satisfaction, Values values) {
		List<String> by = new ArrayList<>();
		String reason = "";
		if (satisfaction instanceof Satisfied satisfied) {
			for (int i = 0; i < satisfied.getSatisfiedBy().size(); i++) {
				by.add(RuleNames.element(satisfied.getSatisfiedBy().get(i), satisfied,
						RulesPackage.Literals.SATISFIED__SATISFIED_BY, i, values));
			}
		} else if (satisfaction instanceof Open open) {
			reason = open.getReason() == null ? "" : open.getReason().strip();
		}
		return row("name", RuleNames.shown(point.getName()), "text", point.getText() == null ? "" : point.getText().strip(),
				"satisfied", satisfaction instanceof Satisfied, "open", satisfaction instanceof Open,
				"unanswered", satisfaction == null, "by", by, "reason", reason);
	}

	private static int count(List<Map<String, Object>> points, String status) {
		return (int) points.stream().filter(p -> Boolean.TRUE.equals(p.get(status))).count();
	}
}
