package se.dpia.model.validation.checks;

import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.Risk;
import se.dpia.model.RiskStatus;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.ModelCheck;

/** Every risk is treated (Art. 35(7)(d)): by a measure, or accepted with a stated reason. */
final class RiskTreatmentCheck extends ModelCheck<Risk> {

	RiskTreatmentCheck() {
		super(Risk.class);
	}

	@Override
	protected void check(Risk risk, Issues issues) {
		boolean accepted = risk.getStatus() == RiskStatus.ACCEPTERAD;
		boolean reasoned = !isBlank(risk.getAcceptanceRationale());
		if (risk.getMitigations().isEmpty() && !(accepted && reasoned)) {
			issues.error(IssueCodes.RISK_WITHOUT_TREATMENT, risk, Literals.RISK__MITIGATIONS);
		} else if (accepted && !reasoned) {
			issues.warning(IssueCodes.ACCEPTED_RISK_WITHOUT_RATIONALE, risk, Literals.RISK__ACCEPTANCE_RATIONALE);
		}
	}
}
