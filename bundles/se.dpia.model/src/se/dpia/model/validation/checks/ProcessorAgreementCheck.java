package se.dpia.model.validation.checks;

import se.dpia.model.Assessment;
import se.dpia.model.Party;
import se.dpia.model.PartyRole;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.ModelCheck;

/**
 * Every processor has a PUB agreement (Art. 28(3)). A party is a processor by its role, or by being named as the
 * processor of a flow or of a processing activity, unless it is an in-house unit of the controller (egen verksamhet).
 */
final class ProcessorAgreementCheck extends ModelCheck<Party> {

	ProcessorAgreementCheck() {
		super(Party.class);
	}

	@Override
	protected void check(Party party, Issues issues) {
		Assessment assessment = assessmentOf(party);
		if (assessment == null || !isProcessor(party, assessment)) {
			return;
		}
		boolean hasAgreement = assessment.getAgreements().stream().anyMatch(agreement -> agreement.getProcessor() == party);
		if (!hasAgreement) {
			issues.error(IssueCodes.PROCESSOR_WITHOUT_AGREEMENT, party, null);
		}
	}

	/** An in-house unit of the controller (egen verksamhet) is never a processor, whatever it is named on. */
	private static boolean isProcessor(Party party, Assessment assessment) {
		if (party.getRole() == PartyRole.EGEN_VERKSAMHET) {
			return false;
		}
		return party.getRole() == PartyRole.PERSONUPPGIFTSBITRADE
				|| assessment.getFlows().stream().anyMatch(flow -> flow.getProcessor() == party)
				|| assessment.getProcessingActivities().stream().anyMatch(activity -> activity.getProcessors().contains(party));
	}
}
