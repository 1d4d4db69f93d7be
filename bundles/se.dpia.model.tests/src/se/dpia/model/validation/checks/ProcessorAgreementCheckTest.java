package se.dpia.model.validation.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.model.validation.Fixtures.assessment;
import static se.dpia.model.validation.Fixtures.codesOf;
import static se.dpia.model.validation.Fixtures.flow;
import static se.dpia.model.validation.Fixtures.party;
import static se.dpia.model.validation.Fixtures.processing;
import static se.dpia.model.validation.Fixtures.single;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.dpia.model.AgreementStatus;
import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.Party;
import se.dpia.model.PartyRole;
import se.dpia.model.PubAgreement;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.ModelIssue;

class ProcessorAgreementCheckTest {

	private final Assessment assessment = assessment();

	@Test
	void aProcessorByRoleWithoutAgreementIsAnError() {
		Party supplier = party(assessment, "Leverantör", PartyRole.PERSONUPPGIFTSBITRADE);

		ModelIssue issue = single(assessment, IssueCodes.PROCESSOR_WITHOUT_AGREEMENT);

		assertTrue(issue.isError());
		assertSame(supplier, issue.element());
	}

	@Test
	void aProcessorWithASignedAgreementIsFine() {
		Party supplier = party(assessment, "Leverantör", PartyRole.PERSONUPPGIFTSBITRADE);
		agreement(supplier, AgreementStatus.UNDERTECKNAT);

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aPartyNamedAsTheProcessorOfAFlowIsAProcessor() {
		Party operator = party(assessment, "Larmcentral", PartyRole.MOTTAGARE);
		flow(assessment, "F1").setProcessor(operator);

		assertEquals(List.of(IssueCodes.PROCESSOR_WITHOUT_AGREEMENT), codesOf(assessment));
	}

	@Test
	void aPartyNamedAsAProcessorOfAnActivityIsAProcessor() {
		Party operator = party(assessment, "Larmcentral", PartyRole.MOTTAGARE);
		processing(assessment, "P1").getProcessors().add(operator);

		assertEquals(List.of(IssueCodes.PROCESSOR_WITHOUT_AGREEMENT), codesOf(assessment));
	}

	@Test
	void anInHouseUnitOfTheControllerIsNoProcessorWhereverItIsNamed() {
		Party alarmCentre = party(assessment, "Larmcentral", PartyRole.EGEN_VERKSAMHET);
		flow(assessment, "F1").setProcessor(alarmCentre);
		processing(assessment, "P1").getProcessors().add(alarmCentre);

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void theControllerNeedsNoAgreement() {
		party(assessment, "Socialnämnden", PartyRole.PERSONUPPGIFTSANSVARIG);

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void anUnsignedAgreementIsAWarning() {
		Party supplier = party(assessment, "Leverantör", PartyRole.PERSONUPPGIFTSBITRADE);
		PubAgreement agreement = agreement(supplier, AgreementStatus.UTKAST);

		ModelIssue issue = single(assessment, IssueCodes.AGREEMENT_NOT_SIGNED);

		assertSame(agreement, issue.element());
		assertEquals(List.of(IssueCodes.AGREEMENT_NOT_SIGNED), codesOf(assessment));
	}

	private PubAgreement agreement(Party processor, AgreementStatus status) {
		PubAgreement agreement = DpiaFactory.eINSTANCE.createPubAgreement();
		agreement.setId("PUB-" + processor.getId());
		agreement.setProcessor(processor);
		agreement.setStatus(status);
		assessment.getAgreements().add(agreement);
		return agreement;
	}
}
