package se.dpia.rules.validation;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import se.dpia.model.Technology;
import se.dpia.model.TechnologyKind;
import se.dpia.rules.IssueCodes;
import se.dpia.rules.rules.ConsentRule;
import se.dpia.rules.rules.ReducedCapacityClause;
import se.dpia.rules.rules.RulesPackage;

/** Checks consent rules against the law as the seeds, SKR and prop. 2022/23:131 read it. */
public class ConsentRuleValidator extends AbstractDeclarativeValidator {

	/** Seed 003 (Göteborg): if someone says no to a camera, a physical alternative must be offered. */
	@Check
	public void cameraConsentOffersAnAlternative(ConsentRule rule) {
		if (rule.getRefusal() == null && isCamera(rule.getTechnology())) {
			error("Consent rule '" + rule.getName() + "' does not say what is offered when the person says no: "
					+ "add 'vid nej: erbjud \"...\"' with a physical alternative (seed 003)",
					RulesPackage.Literals.CONSENT_RULE__NAME, IssueCodes.CONSENT_WITHOUT_REFUSAL_ALTERNATIVE);
		}
	}

	/** Seed 001 and SoL 4 kap. 2 c §: persons who cannot consent are not covered by the person's own consent. */
	@Check
	public void coversReducedDecisionCapacity(ConsentRule rule) {
		if (rule.getReducedCapacity() == null) {
			error("Consent rule '" + rule.getName() + "' does not say what holds when the person's decision capacity"
					+ " is reduced: add 'vid nedsatt beslutsförmåga: samtycke från god_man eller förvaltare och"
					+ " brukaren motsätter sig inte' (seed 001)",
					RulesPackage.Literals.CONSENT_RULE__NAME, IssueCodes.CONSENT_WITHOUT_REDUCED_CAPACITY);
		}
	}

	/** Seed 001: a representative's consent is enough only if the person does not object. */
	@Check
	public void representativeNeedsNoObjection(ReducedCapacityClause clause) {
		if (!clause.isPersonMustNotObject()) {
			error("Consent from a god man or förvaltare is not enough on its own: add 'och brukaren motsätter sig"
					+ " inte' (seed 001; a representative may not decide against the person's will)",
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
