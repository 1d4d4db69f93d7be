package se.dpia.model.validation.checks;

import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.Transfer;
import se.dpia.model.TransferSafeguard;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.ModelCheck;

/** A transfer outside the EU/EEA rests on a safeguard of GDPR Chapter V. */
final class TransferSafeguardCheck extends ModelCheck<Transfer> {

	TransferSafeguardCheck() {
		super(Transfer.class);
	}

	@Override
	protected void check(Transfer transfer, Issues issues) {
		if (transfer.getSafeguard() == TransferSafeguard.INGEN || transfer.getSafeguard() == TransferSafeguard.EJ_ANGIVEN) {
			issues.error(IssueCodes.TRANSFER_WITHOUT_SAFEGUARD, transfer, Literals.TRANSFER__SAFEGUARD);
		}
	}
}
