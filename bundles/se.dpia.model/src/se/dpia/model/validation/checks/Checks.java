package se.dpia.model.validation.checks;

import java.util.List;

import se.dpia.model.validation.ModelCheck;

/** Every check of the assessment model's content, one per concern. */
public final class Checks {

	private Checks() {
	}

	public static List<ModelCheck<?>> all() {
		return List.of(new RiskTreatmentCheck(), new RiskRatingCheck(), new DpoSignOffCheck(),
				new ProcessorAgreementCheck(), new AgreementSignedCheck(), new AgreementChoicesCheck(), new TransferSafeguardCheck(),
				new ThirdCountryCheck(), new RetentionCheck(), new LiveOnlyFlowCheck(), new FlowEncryptionCheck(),
				new SensitiveFlowLoggingCheck(), new EuEeaStatedCheck(),
				new LegalBasisCheck(), new Art9ConditionCheck(), new LeastIntrusiveCheck(), new DpoCheck(),
				new DataSubjectViewsCheck(), new ProportionalityCheck(), new FollowUpCheck());
	}
}
