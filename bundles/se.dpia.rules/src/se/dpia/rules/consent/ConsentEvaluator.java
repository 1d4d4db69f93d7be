package se.dpia.rules.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import se.dpia.model.Technology;
import se.dpia.model.Verksamhet;
import se.dpia.rules.RulesMessages;
import se.dpia.rules.consent.ConsentDecision.Outcome;
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

	/** What {@code rule} says for the case, in the JVM's language. */
	public static ConsentDecision decide(ConsentRule rule, ConsentCase aCase) {
		return decide(rule, aCase, Locale.getDefault());
	}

	/** What {@code rule} says for the case; the texts not taken from the rule are in {@code locale}. */
	public static ConsentDecision decide(ConsentRule rule, ConsentCase aCase, Locale locale) {
		List<String> consents = new ArrayList<>();
		List<String> conditions = new ArrayList<>();
		Outcome outcome = Outcome.MAY_BE_USED;
		String reason = "";
		String technology = rule.getTechnology().getId();
		String considerFirst = "";
		String alternative = rule.getRefusal() == null ? "" : rule.getRefusal().getAlternative();
		ReducedCapacityClause reduced = rule.getReducedCapacity();
		if (!aCase.reducedCapacity()) {
			consents.addAll(givers(rule, ConsentGiver.BRUKAREN, locale));
			if (aCase.objects()) {
				outcome = Outcome.NOT_USED;
				reason = text(locale, "decision.personSaysNo", technology);
			}
		} else if (reduced == null) {
			outcome = Outcome.RULE_DOES_NOT_SAY;
			reason = text(locale, "decision.ruleDoesNotSay", rule.getName(), technology);
		} else if (reduced.isNotUsed()) {
			outcome = Outcome.NOT_USED;
			reason = text(locale, "decision.notCovered", technology);
			considerFirst = reduced.getConsiderFirst() != null && !reduced.getConsiderFirst().eIsProxy()
					? reduced.getConsiderFirst().getId() : leastIntrusive(rule);
			if (reduced.getOffer() != null) {
				alternative = reduced.getOffer();
			}
		} else {
			considerFirst = leastIntrusive(rule);
			Representative representative = representative(aCase.representative());
			if (representative == null || !reduced.getRepresentatives().contains(representative)) {
				outcome = Outcome.NOT_USED;
				reason = text(locale, "decision.noRepresentative", reduced.getRepresentatives().stream()
						.map(r -> label(r, locale)).collect(Collectors.joining(text(locale, "decision.or"))), technology);
			} else {
				consents.add(label(representative, locale));
				if (reduced.isPersonMustNotObject()) {
					conditions.add(text(locale, "decision.personDoesNotObject"));
					if (aCase.objects()) {
						outcome = Outcome.NOT_USED;
						reason = text(locale, "decision.personObjects", technology, label(representative, locale));
					}
				}
			}
		}
		if (aCase.cohabitingRelative() && outcome != Outcome.RULE_DOES_NOT_SAY) {
			List<String> relatives = givers(rule, ConsentGiver.NARSTAENDE, locale);
			consents.addAll(relatives);
			if (!relatives.isEmpty() && aCase.relativeConsents() == ConsentCase.RelativeConsent.NEJ
					&& outcome == Outcome.MAY_BE_USED) {
				outcome = Outcome.NOT_USED;
				reason = text(locale, "decision.relativeSaysNo", technology);
			}
		}
		if (outcome == Outcome.NOT_USED) {
			consents.clear();
			conditions.clear();
		}
		return new ConsentDecision(rule.getName(), placeOf(rule), outcome, reason, consents, conditions,
				considerFirst, rule.getDocumentation() == null ? "" : rule.getDocumentation().getPlace(), alternative,
				rule.getWithdrawal() == null ? "" : rule.getWithdrawal().getAction(),
				aCase.protectedIdentity() && rule.getProtectedIdentity() != null ? rule.getProtectedIdentity().getAction() : "",
				review(rule.getReview(), locale));
	}

	/** The rule's {@code överväg först} technology, or empty. */
	private static String leastIntrusive(ConsentRule rule) {
		return rule.getLeastIntrusive() == null || rule.getLeastIntrusive().getAlternative() == null ? ""
				: rule.getLeastIntrusive().getAlternative().getId();
	}

	private static List<String> givers(ConsentRule rule, ConsentGiver giver, Locale locale) {
		List<String> result = new ArrayList<>();
		for (ConsentClause clause : rule.getConsents()) {
			if (clause.getGiver() == giver) {
				String who = giver == ConsentGiver.BRUKAREN ? text(locale, "decision.person")
						: text(locale, clause.isCohabiting() ? "decision.cohabitingRelative" : "decision.relative");
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

	private static String label(Representative representative, Locale locale) {
		return text(locale, representative == Representative.GOD_MAN ? "decision.godMan" : "decision.forvaltare");
	}

	private static String review(ReviewClause review, Locale locale) {
		if (review == null) {
			return "";
		}
		String unit = review.getUnit().getName();
		return review.getEvery() > 1
				? text(locale, "decision.reviewEvery", review.getEvery(), text(locale, "decision.units." + unit))
				: text(locale, "decision.reviewEach", text(locale, "decision.unit." + unit));
	}

	private static String text(Locale locale, String key, Object... arguments) {
		return RulesMessages.format(locale, key, arguments);
	}

	private static String placeOf(ConsentRule rule) {
		String file = org.eclipse.emf.common.util.URI.decode(rule.eResource().getURI().lastSegment());
		return file + ":" + NodeModelUtils.findActualNodeFor(rule).getStartLine();
	}
}
