package se.dpia.rules.validation;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import se.dpia.model.Technology;
import se.dpia.model.TechnologyKind;
import se.dpia.rules.IssueCodes;
import se.dpia.rules.RulesMessages;
import se.dpia.rules.rules.ConsentRule;
import se.dpia.rules.rules.ReducedCapacityClause;
import se.dpia.rules.rules.RulesPackage;

/**
 * Checks consent rules against SoL 4 kap. 2 c §, SKR's guidance and prop. 2022/23:131. Persons with reduced
 * decision capacity are read two ways by municipalities; both can be written, and the representative's consent is
 * marked as disputed so the working group decides knowingly.
 */
public class ConsentRuleValidator extends AbstractDeclarativeValidator {

	/** SKR: if someone says no to a camera, a physical alternative must be offered. */
	@Check
	public void cameraConsentOffersAnAlternative(ConsentRule rule) {
		if (rule.getRefusal() == null && isCamera(rule.getTechnology())) {
			error(RulesMessages.format(rule, IssueCodes.CONSENT_WITHOUT_REFUSAL_ALTERNATIVE, rule.getName()),
					RulesPackage.Literals.CONSENT_RULE__NAME, IssueCodes.CONSENT_WITHOUT_REFUSAL_ALTERNATIVE);
		}
	}

	/** A rule silent on reduced decision capacity leaves the case worker without an answer (a warning). */
	@Check
	public void coversReducedDecisionCapacity(ConsentRule rule) {
		if (rule.getReducedCapacity() == null) {
			warning(RulesMessages.format(rule, IssueCodes.CONSENT_WITHOUT_REDUCED_CAPACITY, rule.getName()),
					RulesPackage.Literals.CONSENT_RULE__NAME, IssueCodes.CONSENT_WITHOUT_REDUCED_CAPACITY);
		}
	}

	/** A representative's consent is one reading of SoL 4 kap. 2 c §, not SKR's: a warning naming both. */
	@Check
	public void representativeConsentIsDisputed(ReducedCapacityClause clause) {
		if (!clause.isNotUsed() && !clause.getRepresentatives().isEmpty()) {
			warning(RulesMessages.format(clause, IssueCodes.REPRESENTATIVE_CONSENT_DISPUTED,
					((ConsentRule) clause.eContainer()).getName()),
					RulesPackage.Literals.REDUCED_CAPACITY_CLAUSE__REPRESENTATIVES,
					IssueCodes.REPRESENTATIVE_CONSENT_DISPUTED);
		}
	}

	/** A representative may not decide against the person's will: consent is enough only if the person does not object. */
	@Check
	public void representativeNeedsNoObjection(ReducedCapacityClause clause) {
		if (!clause.isNotUsed() && !clause.isPersonMustNotObject()) {
			error(RulesMessages.format(clause, IssueCodes.REPRESENTATIVE_WITHOUT_NO_OBJECTION),
					RulesPackage.Literals.REDUCED_CAPACITY_CLAUSE__REPRESENTATIVES,
					IssueCodes.REPRESENTATIVE_WITHOUT_NO_OBJECTION);
		}
	}

	static boolean isCamera(Technology technology) {
		return technology != null && !technology.eIsProxy() && technology.getKind() == TechnologyKind.TRYGGHETSKAMERA;
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into RulesValidator, not registered on its own
	}
}
