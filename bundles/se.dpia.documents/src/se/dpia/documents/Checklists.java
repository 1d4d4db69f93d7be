package se.dpia.documents;

import static se.dpia.documents.Values.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import se.dpia.model.AgreementStatus;
import se.dpia.model.Assessment;
import se.dpia.model.Mitigation;
import se.dpia.model.MitigationStatus;
import se.dpia.model.PubAgreement;
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
			document.put("countPlanned", count(points, "planned"));
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

	/**
	 * A point answered "uppfylls av" counts as satisfied only when what satisfies it is in place: every measure
	 * named is carried out or verified and every PUB agreement named is signed. Otherwise it is planned, counted
	 * apart, with the pending elements marked by their status.
	 */
	private static Map<String, Object> point(Point point, Satisfaction satisfaction, Values values) {
		List<String> by = new ArrayList<>();
		String reason = "";
		boolean pending = false;
		if (satisfaction instanceof Satisfied satisfied) {
			for (int i = 0; i < satisfied.getSatisfiedBy().size(); i++) {
				EObject element = satisfied.getSatisfiedBy().get(i);
				String shown = RuleNames.element(element, satisfied, RulesPackage.Literals.SATISFIED__SATISFIED_BY, i, values);
				String status = pendingStatus(element, values);
				pending |= status != null;
				by.add(status == null ? shown : shown + " (" + status + ")");
			}
		} else if (satisfaction instanceof Open open) {
			reason = open.getReason() == null ? "" : open.getReason().strip();
		}
		boolean answered = satisfaction instanceof Satisfied;
		return row("name", RuleNames.shown(point.getName()), "text", point.getText() == null ? "" : point.getText().strip(),
				"satisfied", answered && !pending, "planned", answered && pending, "open", satisfaction instanceof Open,
				"unanswered", satisfaction == null, "by", by, "reason", reason);
	}

	/** The status of a measure not yet carried out or an agreement not yet signed; null when it is in place. */
	private static String pendingStatus(EObject element, Values values) {
		if (element instanceof Mitigation measure && measure.getStatus() != MitigationStatus.GENOMFORD
				&& measure.getStatus() != MitigationStatus.VERIFIERAD) {
			return values.label(measure.getStatus());
		}
		if (element instanceof PubAgreement agreement && agreement.getStatus() != AgreementStatus.UNDERTECKNAT) {
			return values.label(agreement.getStatus());
		}
		return null;
	}

	private static int count(List<Map<String, Object>> points, String status) {
		return (int) points.stream().filter(p -> Boolean.TRUE.equals(p.get(status))).count();
	}
}
