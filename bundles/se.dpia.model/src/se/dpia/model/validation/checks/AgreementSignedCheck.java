package se.dpia.model.validation.checks;

import se.dpia.model.AgreementStatus;
import se.dpia.model.PubAgreement;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.Labels;
import se.dpia.model.validation.ModelCheck;

/** A PUB agreement is signed before the processor processes personal data. */
final class AgreementSignedCheck extends ModelCheck<PubAgreement> {

	AgreementSignedCheck() {
		super(PubAgreement.class);
	}

	@Override
	protected void check(PubAgreement agreement, Issues issues) {
		if (agreement.getStatus() != AgreementStatus.UNDERTECKNAT) {
			issues.warning(IssueCodes.AGREEMENT_NOT_SIGNED, agreement, null, Labels.of(agreement.getProcessor()),
					agreement.getStatus().getLiteral());
		}
	}
}
