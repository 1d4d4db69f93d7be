package se.dpia.rules.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import se.dpia.model.Technology;
import se.dpia.model.Verksamhet;
import se.dpia.rules.rules.ConsentClause;
import se.dpia.rules.rules.ConsentGiver;
import se.dpia.rules.rules.ConsentQuality;
import se.dpia.rules.rules.ConsentRule;
import se.dpia.rules.rules.ReducedCapacityClause;
import se.dpia.rules.rules.Representative;
import se.dpia.rules.rules.ReviewClause;
import se.dpia.rules.rules.RuleFile;

/** Answers a case from the consent rules of an assessment folder: which rule applies and what it requires. */
public final class ConsentEvaluator {

	private ConsentEvaluator() {
	}

	/** The rules that apply to the case's technology and operation (a rule without operations applies to all). */
	public static List<ConsentRule> applicable(List<Resource> ruleResources, ConsentCase aCase) {
		List<ConsentRule> result = new ArrayList<>();
		for (Resource resource : ruleResources) {
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RuleFile file)) {
				continue;
			}
			for (ConsentRule rule : file.getRules()) {
				Technology technology = rule.getTechnology();
				if (technology == null || technology.eIsProxy() || !aCase.technology().equals(technology.getId())) {
					continue;
				}
				if (rule.getOperations().isEmpty() || rule.getOperations().stream()
						.anyMatch(o -> !o.eIsProxy() && aCase.operation().equals(((Verksamhet) o).getId()))) {
					result.add(rule);
				}
			}
		}
		return result;
	}

	/** What {@code rule} says for the case. */
	public static ConsentDecision decide(ConsentRule rule, ConsentCase aCase) {
		List<String> consents = new ArrayList<>();
		List<String> conditions = new ArrayList<>();
		String reason = "";
		String technology = rule.getTechnology().getId();
		String considerFirst = "";
		ReducedCapacityClause reduced = rule.getReducedCapacity();
		if (!aCase.reducedCapacity()) {
			consents.addAll(givers(rule, ConsentGiver.BRUKAREN, aCase));
			if (aCase.objects()) {
				reason = "the person says no: " + technology + " is not used";
			}
		} else if (reduced == null) {
			reason = "rule " + rule.getName() + " does not say what holds at reduced decision capacity: "
					+ technology + " is not used until it does";
		} else {
			if (rule.getLeastIntrusive() != null && rule.getLeastIntrusive().getAlternative() != null) {
				considerFirst = rule.getLeastIntrusive().getAlternative().getId();
			}
			Representative representative = representative(aCase.representative());
			if (representative == null || !reduced.getRepresentatives().contains(representative)) {
				reason = "the person can't consent and has no " + reduced.getRepresentatives().stream()
						.map(ConsentEvaluator::label).collect(Collectors.joining(" or "))
						+ " who may: " + technology + " is not used";
			} else {
				consents.add(label(representative));
				if (reduced.isPersonMustNotObject()) {
					conditions.add("brukaren motsätter sig inte");
					if (aCase.objects()) {
						reason = "the person objects: " + technology + " is not used, whatever the "
								+ label(representative) + " says";
					}
				}
			}
		}
		if (aCase.cohabitingRelative()) {
			consents.addAll(givers(rule, ConsentGiver.NARSTAENDE, aCase));
		}
		return new ConsentDecision(rule.getName(), placeOf(rule), reason.isEmpty(), reason, consents, conditions,
				considerFirst, rule.getDocumentation() == null ? "" : rule.getDocumentation().getPlace(),
				rule.getRefusal() == null ? "" : rule.getRefusal().getAlternative(),
				rule.getWithdrawal() == null ? "" : rule.getWithdrawal().getAction(),
				aCase.protectedIdentity() && rule.getProtectedIdentity() != null ? rule.getProtectedIdentity().getAction() : "",
				review(rule.getReview()));
	}

	private static List<String> givers(ConsentRule rule, ConsentGiver giver, ConsentCase aCase) {
		List<String> result = new ArrayList<>();
		for (ConsentClause clause : rule.getConsents()) {
			if (clause.getGiver() == giver) {
				String who = giver == ConsentGiver.BRUKAREN ? "brukaren"
						: "närstående" + (clause.isCohabiting() ? " som bor stadigvarande med brukaren" : "");
				result.add(clause.getQualities().isEmpty() ? who : who + " (" + clause.getQualities().stream()
						.map(ConsentQuality::getLiteral).collect(Collectors.joining(", ")) + ")");
			}
		}
		return result;
	}

	private static Representative representative(ConsentCase.Representative representative) {
		return switch (representative) {
			case GOD_MAN -> Representative.GOD_MAN;
			case FORVALTARE -> Representative.FORVALTARE;
			case INGEN -> null;
		};
	}

	private static String label(Representative representative) {
		return representative == Representative.GOD_MAN ? "god man" : "förvaltare";
	}

	private static String review(ReviewClause review) {
		if (review == null) {
			return "";
		}
		String unit = review.getUnit().getLiteral();
		return review.getEvery() > 1 ? "var " + review.getEvery() + ":e " + unit : "varje " + unit;
	}

	private static String placeOf(ConsentRule rule) {
		String file = org.eclipse.emf.common.util.URI.decode(rule.eResource().getURI().lastSegment());
		return file + ":" + NodeModelUtils.findActualNodeFor(rule).getStartLine();
	}
}
