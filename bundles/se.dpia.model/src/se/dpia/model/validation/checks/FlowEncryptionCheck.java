package se.dpia.model.validation.checks;

import se.dpia.model.DataFlow;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.facts.Facts;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.ModelCheck;

/** A flow of personal data is protected in transit (Art. 32(1)(a)), or the assessment says how. */
final class FlowEncryptionCheck extends ModelCheck<DataFlow> {

	FlowEncryptionCheck() {
		super(DataFlow.class);
	}

	@Override
	protected void check(DataFlow flow, Issues issues) {
		if (!Facts.yes(flow.getEncrypted()) && isBlank(flow.getEncryption())) {
			issues.warning(IssueCodes.FLOW_NOT_ENCRYPTED, flow, Literals.DATA_FLOW__ENCRYPTED);
		}
	}
}
