package se.dpia.app.views.overview;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.dpia.app.Messages;
import se.dpia.assessment.approval.Approval;
import se.dpia.assessment.check.CheckResult;
import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.risk.RiskLevels;

/**
 * What the working group does next, in the order the method takes it: correct the errors, decide the proposals,
 * assess the risks before and after the measures, then ask the DPO to approve (again, after a change).
 */
public final class NextSteps {

	private NextSteps() {
	}

	/**
	 * The steps left; empty when the assessment is approved as it is.
	 *
	 * @param approvedUnchanged whether the folder still holds what was approved; null without an approval
	 */
	public static List<String> of(Assessment assessment, CheckResult check, int undecidedProposals,
			Boolean approvedUnchanged) {
		List<String> steps = new ArrayList<>();
		if (check.errors() > 0) {
			steps.add(NLS.bind(Messages.overviewStepErrors, check.errors()));
		}
		if (undecidedProposals > 0) {
			steps.add(NLS.bind(Messages.overviewStepProposals, undecidedProposals));
		}
		long notAssessed = assessment.getRisks().stream().filter(r -> RiskLevels.inherent(r) == RiskLevels.NOT_ASSESSED).count();
		if (notAssessed > 0) {
			steps.add(NLS.bind(Messages.overviewStepNotAssessed, notAssessed));
		}
		long noResidual = assessment.getRisks().stream().filter(NextSteps::lacksResidual).count();
		if (noResidual > 0) {
			steps.add(NLS.bind(Messages.overviewStepNoResidual, noResidual));
		}
		if (Approval.of(assessment) == null) {
			steps.add(Messages.overviewStepApprove);
		} else if (Boolean.FALSE.equals(approvedUnchanged)) {
			steps.add(Messages.overviewStepApproveAgain);
		}
		return steps;
	}

	private static boolean lacksResidual(Risk risk) {
		return RiskLevels.inherent(risk) != RiskLevels.NOT_ASSESSED && RiskLevels.residual(risk) == RiskLevels.NOT_ASSESSED;
	}
}
