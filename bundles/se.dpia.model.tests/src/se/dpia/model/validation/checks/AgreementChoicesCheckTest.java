package se.dpia.model.validation.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.model.validation.Fixtures.assessment;
import static se.dpia.model.validation.Fixtures.codesOf;
import static se.dpia.model.validation.Fixtures.party;
import static se.dpia.model.validation.Fixtures.single;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.dpia.model.AgreementStatus;
import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.DpiaPackage;
import se.dpia.model.EndOfProcessing;
import se.dpia.model.JaNej;
import se.dpia.model.PartyRole;
import se.dpia.model.PubAgreement;
import se.dpia.model.SubProcessorAuthorisation;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.ModelIssue;

/** The choices the standard clauses (2021/915) leave open are recorded on an agreement that uses them. */
class AgreementChoicesCheckTest {

	private final Assessment assessment = assessment();
	private final PubAgreement agreement = signedOnTheStandardClauses();

	private PubAgreement signedOnTheStandardClauses() {
		PubAgreement made = DpiaFactory.eINSTANCE.createPubAgreement();
		made.setId("PUB1");
		made.setProcessor(party(assessment, "Leverantör", PartyRole.PERSONUPPGIFTSBITRADE));
		made.setStatus(AgreementStatus.UNDERTECKNAT);
		made.setStandardClauses(JaNej.JA);
		assessment.getAgreements().add(made);
		return made;
	}

	private void stateEveryChoice() {
		agreement.setDockingClause(JaNej.NEJ);
		agreement.setSubProcessorAuthorisation(SubProcessorAuthorisation.ALLMANT);
		agreement.setNoticePeriod("30 dagar");
		agreement.setEndOfProcessing(EndOfProcessing.RADERA);
		agreement.setBreachContactController("Dataskyddsombudet, 0690-250 100");
		agreement.setBreachContactProcessor("Leverantörens säkerhetsansvarige");
	}

	@Test
	void everyOpenChoiceIsAWarningOnAnAgreementOnTheStandardClauses() {
		assertEquals(List.of(IssueCodes.AGREEMENT_DOCKING_CLAUSE_NOT_STATED,
				IssueCodes.AGREEMENT_SUBPROCESSOR_OPTION_NOT_STATED, IssueCodes.AGREEMENT_END_OF_PROCESSING_NOT_STATED,
				IssueCodes.AGREEMENT_BREACH_CONTACT_NOT_STATED), codesOf(assessment));
		ModelIssue docking = single(assessment, IssueCodes.AGREEMENT_DOCKING_CLAUSE_NOT_STATED);
		assertFalse(docking.isError());
		assertSame(agreement, docking.element());
		assertTrue(docking.getMessage().contains("Clause 5") || docking.getMessage().contains("klausul 5"),
				docking.getMessage());
	}

	@Test
	void anAgreementThatStatesEveryChoiceIsFine() {
		stateEveryChoice();

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void anOptionWithoutItsTimePeriodIsAWarning() {
		stateEveryChoice();
		agreement.setSubProcessorAuthorisation(SubProcessorAuthorisation.SPECIFIKT);
		agreement.setNoticePeriod(" ");

		assertEquals(List.of(IssueCodes.AGREEMENT_NOTICE_PERIOD_NOT_STATED), codesOf(assessment));
	}

	@Test
	void oneMissingBreachContactIsAWarningOnThatContact() {
		stateEveryChoice();
		agreement.setBreachContactProcessor(null);

		ModelIssue issue = single(assessment, IssueCodes.AGREEMENT_BREACH_CONTACT_NOT_STATED);

		assertSame(DpiaPackage.Literals.PUB_AGREEMENT__BREACH_CONTACT_PROCESSOR, issue.getData().get(1));
	}

	@Test
	void anAgreementOnTheSuppliersOwnTermsIsNotAskedForTheClausesChoices() {
		agreement.setStandardClauses(JaNej.NEJ);

		assertEquals(List.of(), codesOf(assessment));
		agreement.setStandardClauses(JaNej.EJ_ANGIVET);
		assertEquals(List.of(), codesOf(assessment));
	}
}
