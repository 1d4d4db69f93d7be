package se.dpia.model.validation.checks;

import se.dpia.model.DpiaPackage;
import se.dpia.model.PubAgreement;
import se.dpia.model.facts.Facts;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.Labels;
import se.dpia.model.validation.ModelCheck;

/**
 * A PUB agreement on the standard contractual clauses (Implementing Decision (EU) 2021/915) records the choices the
 * clauses leave to the parties: the docking clause (Clause 5), Option 1 or 2 for sub-processors with its time period
 * (Clause 7.7), deletion or return at the end (Clause 10(d)) and the contacts for breach notification (Clause 9). The
 * generated agreement prints "Ej angivet" for each one left open; this check says which.
 */
final class AgreementChoicesCheck extends ModelCheck<PubAgreement> {

	AgreementChoicesCheck() {
		super(PubAgreement.class);
	}

	@Override
	protected void check(PubAgreement agreement, Issues issues) {
		if (!Facts.yes(agreement.getStandardClauses())) {
			return; // an agreement on the supplier's paper has its own terms
		}
		String processor = Labels.of(agreement.getProcessor());
		if (Facts.notStated(agreement.getDockingClause())) {
			issues.warning(IssueCodes.AGREEMENT_DOCKING_CLAUSE_NOT_STATED, agreement,
					DpiaPackage.Literals.PUB_AGREEMENT__DOCKING_CLAUSE, processor);
		}
		if (Facts.notStated(agreement.getSubProcessorAuthorisation())) {
			issues.warning(IssueCodes.AGREEMENT_SUBPROCESSOR_OPTION_NOT_STATED, agreement,
					DpiaPackage.Literals.PUB_AGREEMENT__SUB_PROCESSOR_AUTHORISATION, processor);
		} else if (isBlank(agreement.getNoticePeriod())) {
			issues.warning(IssueCodes.AGREEMENT_NOTICE_PERIOD_NOT_STATED, agreement,
					DpiaPackage.Literals.PUB_AGREEMENT__NOTICE_PERIOD, processor);
		}
		if (Facts.notStated(agreement.getEndOfProcessing())) {
			issues.warning(IssueCodes.AGREEMENT_END_OF_PROCESSING_NOT_STATED, agreement,
					DpiaPackage.Literals.PUB_AGREEMENT__END_OF_PROCESSING, processor);
		}
		if (isBlank(agreement.getBreachContactController()) || isBlank(agreement.getBreachContactProcessor())) {
			issues.warning(IssueCodes.AGREEMENT_BREACH_CONTACT_NOT_STATED, agreement,
					isBlank(agreement.getBreachContactController())
							? DpiaPackage.Literals.PUB_AGREEMENT__BREACH_CONTACT_CONTROLLER
							: DpiaPackage.Literals.PUB_AGREEMENT__BREACH_CONTACT_PROCESSOR,
					processor);
		}
	}
}
