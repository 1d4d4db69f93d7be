package se.dpia.model.validation.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.model.validation.Fixtures.assessment;
import static se.dpia.model.validation.Fixtures.codesOf;
import static se.dpia.model.validation.Fixtures.data;
import static se.dpia.model.validation.Fixtures.processing;
import static se.dpia.model.validation.Fixtures.single;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.dpia.model.Art6Ground;
import se.dpia.model.Art9Condition;
import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.SpecialCategory;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.ModelIssue;

/** LegalBasisCheck, Art9ConditionCheck and ProportionalityCheck. */
class LawfulnessCheckTest {

	private final Assessment assessment = assessment();
	private final ProcessingActivity activity = processing(assessment, "P1");

	@Test
	void anActivityWithPurposeAndGroundIsFine() {
		activity.getDataCategories().add(data(assessment, "Bild"));

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void anActivityWithoutArt6GroundIsAnError() {
		activity.setArt6Ground(Art6Ground.INGEN);

		assertTrue(single(assessment, IssueCodes.PROCESSING_WITHOUT_LEGAL_BASIS).isError());
	}

	@Test
	void anActivityWithoutPurposeIsAWarning() {
		activity.getPurposes().set(0, "");

		assertFalse(single(assessment, IssueCodes.PROCESSING_WITHOUT_PURPOSE).isError());
	}

	@Test
	void healthDataWithoutArt9ConditionIsAnErrorNamingTheCategory() {
		activity.getDataCategories().add(healthData());

		ModelIssue issue = single(assessment, IssueCodes.SPECIAL_CATEGORY_WITHOUT_ART9_CONDITION);

		assertTrue(issue.isError());
		assertTrue(issue.getMessage().contains("Hälsa") && issue.getMessage().contains("hälsa"), issue.getMessage());
	}

	@Test
	void healthDataWithTheSocialCareConditionIsFine() {
		activity.getDataCategories().add(healthData());
		activity.setArt9Condition(Art9Condition.VARD_OCH_OMSORG);

		assertEquals(List.of(), codesOf(assessment));
	}

	private DataCategory healthData() {
		DataCategory health = data(assessment, "Hälsa");
		health.setSpecialCategory(SpecialCategory.HALSA);
		return health;
	}

	@Test
	void anActivityThatDoesNotSayHowItMinimisesIsAWarning() {
		activity.setMinimisation(null);

		ModelIssue issue = single(assessment, IssueCodes.MINIMISATION_NOT_STATED);

		assertFalse(issue.isError());
		assertTrue(issue.getMessage().contains("5(1)(c)"), issue.getMessage());
	}

	@Test
	void anActivityThatDoesNotSayHowTheDataSubjectsAreInformedIsAWarning() {
		activity.setDataSubjectInformation("");

		assertFalse(single(assessment, IssueCodes.DATA_SUBJECT_INFORMATION_NOT_STATED).isError());
	}
}
