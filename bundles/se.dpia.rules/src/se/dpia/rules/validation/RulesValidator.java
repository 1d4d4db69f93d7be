package se.dpia.rules.validation;

import org.eclipse.xtext.validation.Check;

import se.dpia.model.Technology;
import se.dpia.model.TechnologyKind;
import se.dpia.rules.IssueCodes;
import se.dpia.rules.rules.ConsentRule;
import se.dpia.rules.rules.RulesPackage;

/** Checks consent rules against the law as the seeds and SKR read it. */
public class RulesValidator extends AbstractRulesValidator {

	/** Seed 003 (Göteborg): if someone says no to a camera, a physical alternative must be offered. */
	@Check
	public void cameraConsentOffersAnAlternative(ConsentRule rule) {
		Technology technology = rule.getTechnology();
		if (rule.getRefusal() == null && technology != null && !technology.eIsProxy()
				&& technology.getKind() == TechnologyKind.TRYGGHETSKAMERA) {
			error("Consent rule '" + rule.getName() + "' does not say what is offered when the person says no: "
					+ "add 'vid nej: erbjud \"...\"' with a physical alternative (seed 003)",
					RulesPackage.Literals.CONSENT_RULE__NAME, IssueCodes.CONSENT_WITHOUT_REFUSAL_ALTERNATIVE);
		}
	}
}
