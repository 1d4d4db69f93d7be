package se.dpia.model.validation.checks;

import se.dpia.model.DataFlow;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.facts.Facts;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.ModelCheck;

/**
 * A flow that carries special-category or highly personal data says whether each access is logged (Art. 32(1)(b),
 * SKR on the level of logging): the report would otherwise have to guess.
 */
final class SensitiveFlowLoggingCheck extends ModelCheck<DataFlow> {

	SensitiveFlowLoggingCheck() {
		super(DataFlow.class);
	}

	@Override
	protected void check(DataFlow flow, Issues issues) {
		if (Facts.notStated(flow.getAccessLogged()) && isBlank(flow.getLogging()) && Facts.sensitive(flow)) {
			issues.warning(IssueCodes.FLOW_ACCESS_LOGGING_NOT_STATED, flow, Literals.DATA_FLOW__ACCESS_LOGGED);
		}
	}
}
