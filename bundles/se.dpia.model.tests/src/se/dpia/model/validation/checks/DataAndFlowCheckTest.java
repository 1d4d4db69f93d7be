package se.dpia.model.validation.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.model.validation.Fixtures.assessment;
import static se.dpia.model.validation.Fixtures.codesOf;
import static se.dpia.model.validation.Fixtures.data;
import static se.dpia.model.validation.Fixtures.flow;
import static se.dpia.model.validation.Fixtures.single;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.DataFlow;
import se.dpia.model.FlowStorage;
import se.dpia.model.JaNej;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.ModelIssue;

/** RetentionCheck, LiveOnlyFlowCheck and FlowEncryptionCheck. */
class DataAndFlowCheckTest {

	private final Assessment assessment = assessment();

	@Test
	void dataWithoutRetentionIsAWarning() {
		DataCategory category = data(assessment, "Bild");
		category.setRetention(null);

		ModelIssue issue = single(assessment, IssueCodes.DATA_WITHOUT_RETENTION);

		assertFalse(issue.isError());
		assertSame(category, issue.element());
	}

	@Test
	void retentionInDaysIsEnough() {
		DataCategory category = data(assessment, "Logg");
		category.setRetention(" ");
		category.setRetentionDays(90);

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void retentionInWordsIsEnough() {
		data(assessment, "Bild");

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aLiveOnlyFlowIntoAStoreIsAnError() {
		DataFlow flow = flow(assessment, "F1");
		flow.getTarget().setStoresData(JaNej.JA);

		ModelIssue issue = single(assessment, IssueCodes.LIVE_ONLY_FLOW_TO_STORE);

		assertTrue(issue.isError());
		assertTrue(issue.getMessage().contains("F1-till"), issue.getMessage());
	}

	@Test
	void aFlowThatSaysItIsStoredMayReachAStore() {
		DataFlow flow = flow(assessment, "F1");
		flow.getTarget().setStoresData(JaNej.JA);
		flow.setStorage(FlowStorage.LAGRAS);

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aLiveOnlyFlowToASystemThatStoresNothingIsFine() {
		flow(assessment, "F1");

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void anUnencryptedFlowIsAWarning() {
		DataFlow flow = flow(assessment, "F1");
		flow.setEncrypted(JaNej.NEJ);
		flow.setEncryption(null);

		assertEquals(List.of(IssueCodes.FLOW_NOT_ENCRYPTED), codesOf(assessment));
	}

	@Test
	void aFlowThatSaysHowItIsEncryptedIsFine() {
		DataFlow flow = flow(assessment, "F1");
		flow.setEncrypted(JaNej.NEJ);

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aFlowOfHighlyPersonalDataThatDoesNotSayWhetherAccessIsLoggedIsAWarning() {
		DataFlow flow = flow(assessment, "F1");
		DataCategory image = data(assessment, "Bild");
		image.setHighlyPersonal(JaNej.JA);
		flow.getDataCategories().add(image);

		ModelIssue issue = single(assessment, IssueCodes.FLOW_ACCESS_LOGGING_NOT_STATED);

		assertSame(flow, issue.element());
		assertFalse(issue.isError());
	}

	@Test
	void aFlowOfHighlyPersonalDataStatedNotLoggedRaisesNothingHere() {
		DataFlow flow = flow(assessment, "F1");
		DataCategory image = data(assessment, "Bild");
		image.setHighlyPersonal(JaNej.JA);
		flow.getDataCategories().add(image);
		flow.setAccessLogged(JaNej.NEJ);

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aFlowOfDataWhoseSensitivityIsNotStatedNeedNotSayWhetherAccessIsLogged() {
		DataFlow flow = flow(assessment, "F1");
		flow.getDataCategories().add(data(assessment, "Bild"));

		assertEquals(List.of(), codesOf(assessment));
	}
}
