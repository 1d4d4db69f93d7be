package se.dpia.model.validation.checks;

import se.dpia.model.DataFlow;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.FlowStorage;
import se.dpia.model.facts.Facts;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.Labels;
import se.dpia.model.validation.ModelCheck;

/**
 * A flow declared live-only (endast realtid, the default) must not end in a system that stores data: either the
 * data is stored, and the flow says so, or the target does not store it.
 */
final class LiveOnlyFlowCheck extends ModelCheck<DataFlow> {

	LiveOnlyFlowCheck() {
		super(DataFlow.class);
	}

	@Override
	protected void check(DataFlow flow, Issues issues) {
		if (flow.getStorage() == FlowStorage.ENDAST_REALTID && flow.getTarget() != null && Facts.yes(flow.getTarget().getStoresData())) {
			issues.error(IssueCodes.LIVE_ONLY_FLOW_TO_STORE, flow, Literals.DATA_FLOW__STORAGE, Labels.of(flow.getTarget()));
		}
	}
}
