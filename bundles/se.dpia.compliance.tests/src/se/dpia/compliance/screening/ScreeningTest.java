package se.dpia.compliance.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.compliance.TestModels.assessment;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.dpia.compliance.Messages;

/** The conclusion: two or more criteria require a DPIA. */
class ScreeningTest {

	/** Camera supervision at night as the seeds describe it. */
	private static final String CAMERA_AT_NIGHT = """
			<dataSubjects id='brukare' name='Brukare' vulnerable='true' vulnerability='äldre med omsorgsbehov'/>
			<dataCategories id='halsa' name='Uppgifter om hälsa' specialCategory='hälsa'/>
			<technologies id='kamera' name='Trygghetskamera' kind='trygghetskamera' placement='sovrummet'/>
			""";

	@Test
	void cameraSupervisionAtNightRequiresADpiaOnTheFourCriteriaOfTheSeeds() {
		Screening screening = Screening.of(assessment(CAMERA_AT_NIGHT));

		assertTrue(screening.dpiaRequired());
		assertEquals(List.of(Criterion.SYSTEMATIC_MONITORING, Criterion.SENSITIVE_DATA, Criterion.VULNERABLE_SUBJECTS,
				Criterion.INNOVATIVE_TECHNOLOGY), screening.met().stream().map(CriterionResult::criterion).toList());
		assertEquals(4, screening.imyItems(Messages.of("sv")).size());
		assertTrue(screening.conclusion(Messages.of("sv")).startsWith("4 av de nio kriterierna"));
	}

	@Test
	void oneCriterionAloneDoesNotRequireADpia() {
		Screening screening = Screening.of(assessment("<technologies id='sensor' kind='rörelsesensor'/>"));

		assertFalse(screening.dpiaRequired());
		assertEquals(1, screening.met().size());
		assertTrue(screening.conclusion(Messages.of("en")).startsWith("One criterion holds"));
	}

	@Test
	void everyCriterionIsExplainedInBothLanguages() {
		for (String language : List.of("sv", "en")) {
			Messages messages = Messages.of(language);
			for (Criterion criterion : Criterion.values()) {
				for (boolean holds : List.of(true, false)) {
					CriterionResult result = new CriterionResult(criterion, holds
							? Screening.of(assessment(CAMERA_AT_NIGHT)).result(Criterion.SENSITIVE_DATA).facts() : List.of());
					String text = criterion.title(messages) + result.explanation(messages) + criterion.imyItem(messages);
					assertFalse(text.contains("!"), language + ": " + text);
				}
			}
		}
	}
}
