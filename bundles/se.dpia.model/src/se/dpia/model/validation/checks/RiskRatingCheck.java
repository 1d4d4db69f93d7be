package se.dpia.model.validation.checks;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.Risk;
import se.dpia.model.risk.RiskLevels;
import se.dpia.model.risk.RiskScales;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.ModelCheck;

/** A risk is rated on the assessment's scale, before its measures and, when it has measures, after them. */
final class RiskRatingCheck extends ModelCheck<Risk> {

	private static final List<EAttribute> RATINGS = List.of(Literals.RISK__LIKELIHOOD, Literals.RISK__SEVERITY,
			Literals.RISK__RESIDUAL_LIKELIHOOD, Literals.RISK__RESIDUAL_SEVERITY);

	RiskRatingCheck() {
		super(Risk.class);
	}

	@Override
	protected void check(Risk risk, Issues issues) {
		RiskScales scale = RiskLevels.scaleOf(risk);
		for (EAttribute rating : RATINGS) {
			int value = (Integer) risk.eGet(rating);
			if (value != RiskLevels.NOT_ASSESSED && !scale.contains(value)) {
				issues.error(IssueCodes.RISK_LEVEL_OUTSIDE_SCALE, risk, rating, rating.getName(), value, scale.min(),
						scale.max());
			}
		}
		if (RiskLevels.inherent(risk) == RiskLevels.NOT_ASSESSED) {
			issues.warning(IssueCodes.RISK_NOT_ASSESSED, risk, Literals.RISK__LIKELIHOOD, scale.min(), scale.max());
		} else if (RiskLevels.residual(risk) == RiskLevels.NOT_ASSESSED && !risk.getMitigations().isEmpty()) {
			issues.warning(IssueCodes.RESIDUAL_RISK_NOT_ASSESSED, risk, Literals.RISK__RESIDUAL_LIKELIHOOD);
		}
	}
}
