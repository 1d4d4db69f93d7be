package se.dpia.documents;

import static se.dpia.documents.Values.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.dpia.model.Assessment;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.Technology;
import se.dpia.rules.rules.ConsentClause;
import se.dpia.rules.rules.ConsentGiver;
import se.dpia.rules.rules.ConsentQuality;
import se.dpia.rules.rules.ConsentRule;
import se.dpia.rules.rules.ReducedCapacityClause;
import se.dpia.rules.rules.ReviewClause;
import se.dpia.rules.rules.RuleFile;

/**
 * The consent form (samtyckesblankett), one file per consent rule: what the consent covers (technology,
 * operations, purposes), the qualities it must have, withdrawal and what then happens, the alternative offered on
 * refusal, who signs (the person; a relative living with the person where the rule asks for it; god man or
 * förvaltare at reduced decision capacity, on condition the person does not object, where the rule lets them; where
 * the rule says persons with reduced decision capacity are not covered, no representative signs and the form says who
 * is not covered and what is offered instead), where it is documented, and signature and date lines. Template {@code consent-form}.
 */
public final class ConsentForms implements DocumentKind {

	public static final String TEMPLATE = "consent-form";

	@Override
	public String template() {
		return TEMPLATE;
	}

	@Override
	public List<Output> outputs(Assessment assessment, List<RuleFile> rules, Texts texts) throws TemplateException {
		Values values = new Values(texts);
		List<Output> outputs = new ArrayList<>();
		for (ConsentRule rule : RuleNames.consentRules(rules)) {
			Map<String, Object> document = Header.of(assessment, values, texts);
			Technology technology = rule.getTechnology();
			document.put("rule", RuleNames.shown(rule.getName()));
			document.put("technology", row("name", values.name(technology),
					"description", technology == null || technology.getDescription() == null ? "" : technology.getDescription().strip()));
			document.put("operations", values.names(rule.getOperations()));
			document.put("purposes", purposes(assessment, rule, values));
			document.put("givers", givers(rule, values, texts));
			ReducedCapacityClause reduced = rule.getReducedCapacity();
			// two readings of SoL 4 kap. 2 c §: a representative signs, or persons who can't consent are not covered
			document.put("reducedCapacity", reduced == null || reduced.isNotUsed() ? false : row(
					"representatives", String.join(" " + texts.text("consent.or") + " ", reduced.getRepresentatives().stream().map(texts::label).toList()),
					"mustNotObject", reduced.isPersonMustNotObject()));
			document.put("notCovered", reduced == null || !reduced.isNotUsed() ? false : row(
					"technologyName", values.name(technology),
					"considerFirst", reduced.getConsiderFirst() != null ? values.name(reduced.getConsiderFirst())
							: rule.getLeastIntrusive() == null ? "" : values.name(rule.getLeastIntrusive().getAlternative()),
					"offer", reduced.getOffer() != null ? values.text(reduced.getOffer())
							: rule.getRefusal() == null ? values.notStated() : values.text(rule.getRefusal().getAlternative())));
			document.put("reducedCapacityNotStated", reduced == null ? row("notStated", values.notStated()) : false);
			document.put("leastIntrusive", rule.getLeastIntrusive() == null ? ""
					: values.name(rule.getLeastIntrusive().getAlternative()));
			document.put("documentation", rule.getDocumentation() == null ? values.notStated() : values.text(rule.getDocumentation().getPlace()));
			document.put("refusal", rule.getRefusal() == null ? values.notStated() : values.text(rule.getRefusal().getAlternative()));
			document.put("withdrawal", rule.getWithdrawal() == null ? values.notStated() : values.text(rule.getWithdrawal().getAction()));
			document.put("protectedIdentity", rule.getProtectedIdentity() == null ? "" : values.text(rule.getProtectedIdentity().getAction()));
			document.put("review", review(rule.getReview(), texts));
			outputs.add(Header.output(assessment, values, texts, "consent-form", rule.getName(), values.name(technology), document));
		}
		return outputs;
	}

	/** The processing activities that use the rule's technology in one of its operations. */
	private static List<Map<String, Object>> purposes(Assessment assessment, ConsentRule rule, Values values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ProcessingActivity activity : assessment.getProcessingActivities()) {
			boolean technology = activity.getTechnologies().contains(rule.getTechnology());
			boolean operation = rule.getOperations().isEmpty()
					|| activity.getOperations().stream().anyMatch(rule.getOperations()::contains);
			if (technology && operation) {
				rows.add(row("name", values.name(activity), "purposes", values.strings(activity.getPurposes())));
			}
		}
		return rows;
	}

	/** Who gives consent, with the qualities the rule asks of it and a signature block each. */
	private static List<Map<String, Object>> givers(ConsentRule rule, Values values, Texts texts) throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ConsentClause clause : rule.getConsents()) {
			List<Map<String, Object>> qualities = new ArrayList<>();
			for (ConsentQuality quality : clause.getQualities()) {
				qualities.add(row("name", texts.label(quality), "meaning", texts.text("consent.quality." + quality.getName())));
			}
			boolean person = clause.getGiver() == ConsentGiver.BRUKAREN;
			String who = texts.label(clause.getGiver()) + (clause.isCohabiting() ? " " + texts.text("consent.cohabiting") : "");
			rows.add(row("who", who, "heading", who.isEmpty() ? who : Character.toUpperCase(who.charAt(0)) + who.substring(1), "person", person, "relative", !person, "qualities", qualities));
		}
		return rows;
	}

	private static String review(ReviewClause review, Texts texts) throws TemplateException {
		if (review == null) {
			return "";
		}
		return Routines.interval(review.getEvery(), texts.label(review.getUnit()),
				texts.text("plural." + review.getUnit().getName()), texts);
	}
}
