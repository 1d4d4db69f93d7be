package se.dpia.model.validation.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.model.validation.Fixtures.assessment;
import static se.dpia.model.validation.Fixtures.codesOf;
import static se.dpia.model.validation.Fixtures.processing;
import static se.dpia.model.validation.Fixtures.single;
import static se.dpia.model.validation.Fixtures.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.JaNej;
import se.dpia.model.Location;
import se.dpia.model.Transfer;
import se.dpia.model.TransferSafeguard;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.ModelIssue;

/** TransferSafeguardCheck and ThirdCountryCheck: transfers outside the EU/EEA (GDPR Chapter V). */
class TransferCheckTest {

	private final Assessment assessment = assessment();

	@Test
	void aTransferWithoutSafeguardIsAnError() {
		transfer("US", TransferSafeguard.INGEN);

		ModelIssue issue = single(assessment, IssueCodes.TRANSFER_WITHOUT_SAFEGUARD);

		assertTrue(issue.isError());
		assertTrue(issue.getMessage().contains("US") && issue.getMessage().contains("P1"), issue.getMessage());
	}

	@Test
	void aTransferUnderStandardClausesIsFine() {
		transfer("US", TransferSafeguard.STANDARDKLAUSULER);

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aSystemOutsideTheEeaWithoutATransferIsAWarning() {
		system(assessment, "Moln").setLocation(location(false));

		ModelIssue issue = single(assessment, IssueCodes.THIRD_COUNTRY_WITHOUT_TRANSFER);

		assertFalse(issue.isError());
	}

	@Test
	void aSystemOutsideTheEeaWithItsTransferRecordedIsFine() {
		system(assessment, "Moln").setLocation(location(false));
		transfer("us", TransferSafeguard.ADEKVANSBESLUT);

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aSystemInTheEeaNeedsNoTransfer() {
		system(assessment, "Moln").setLocation(location(true));

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aPlaceWithASystemThatDoesNotSayWhetherItIsInTheEeaIsAWarning() {
		Location location = location(true);
		location.setInEuEea(JaNej.EJ_ANGIVET);
		system(assessment, "Moln").setLocation(location);

		ModelIssue issue = single(assessment, IssueCodes.EU_EEA_NOT_STATED);

		assertSame(location, issue.element());
		assertFalse(issue.isError());
	}

	@Test
	void aPlaceNothingRunsInNeedNotSayWhetherItIsInTheEea() {
		location(true).setInEuEea(JaNej.EJ_ANGIVET);

		assertEquals(List.of(), codesOf(assessment));
	}

	private void transfer(String country, TransferSafeguard safeguard) {
		Transfer transfer = DpiaFactory.eINSTANCE.createTransfer();
		transfer.setCountry(country);
		transfer.setSafeguard(safeguard);
		processing(assessment, "P1").getTransfers().add(transfer);
	}

	private Location location(boolean inEuEea) {
		Location location = DpiaFactory.eINSTANCE.createLocation();
		location.setId("Datacenter");
		location.setCountry(inEuEea ? "SE" : "US");
		location.setInEuEea(inEuEea ? JaNej.JA : JaNej.NEJ);
		assessment.getLocations().add(location);
		return location;
	}
}
