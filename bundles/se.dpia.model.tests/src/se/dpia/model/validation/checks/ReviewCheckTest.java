package se.dpia.model.validation.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.model.validation.Fixtures.assessment;
import static se.dpia.model.validation.Fixtures.codesOf;
import static se.dpia.model.validation.Fixtures.single;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.dpia.model.Assessment;
import se.dpia.model.AssessmentStatus;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.ModelIssue;

/** DpoCheck, DataSubjectViewsCheck and FollowUpCheck. */
class ReviewCheckTest {

	private final Assessment assessment = assessment();

	@Test
	void anAssessmentWithDpoAndViewsIsFine() {
		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void anAssessmentWithoutDpoIsAWarning() {
		assessment.setDpo(null);

		assertFalse(single(assessment, IssueCodes.DPO_NOT_NAMED).isError());
	}

	@Test
	void anAssessmentWithoutReviewLacksTheDataSubjectsViewsAndTheNextReview() {
		assessment.setReview(null);

		assertEquals(List.of(IssueCodes.DATA_SUBJECT_VIEWS_MISSING, IssueCodes.NEXT_REVIEW_NOT_STATED), codesOf(assessment));
	}

	@Test
	void aReasonForNotSeekingViewsIsEnough() {
		assessment.getReview().setDataSubjectViews(null);
		assessment.getReview().setViewsNotSoughtReason("Brukarna kan inte tillfrågas; företrädare hörs i stället.");

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void anApprovedAssessmentWithoutTheDposOpinionIsAnError() {
		assessment.setStatus(AssessmentStatus.GODKAND);

		assertTrue(single(assessment, IssueCodes.APPROVED_WITHOUT_DPO_OPINION).isError());
	}

	@Test
	void anApprovedAssessmentWithTheDposOpinionIsFine() {
		assessment.setStatus(AssessmentStatus.GODKAND);
		assessment.getReview().setDpoOpinion("Inga invändningar.");

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void anAssessmentWithoutANextReviewDateIsAWarning() {
		assessment.getReview().setNextReviewDate(" ");

		ModelIssue issue = single(assessment, IssueCodes.NEXT_REVIEW_NOT_STATED);

		assertFalse(issue.isError());
		assertTrue(issue.getMessage().contains("35(11)"), issue.getMessage());
	}

	@Test
	void anAssessmentThatDoesNotSayHowRightsAreExercisedIsAWarning() {
		assessment.setRights(null);

		assertFalse(single(assessment, IssueCodes.RIGHTS_HANDLING_NOT_STATED).isError());
	}

	@Test
	void howAccessIsGivenIsEnoughForTheRights() {
		assessment.getRights().setRequests(null);
		assessment.getRights().setAccess("Begäran om registerutdrag lämnas till socialförvaltningen.");

		assertEquals(List.of(), codesOf(assessment));
	}
}
