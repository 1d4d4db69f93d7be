package se.dpia.model.validation.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.model.validation.Fixtures.assessment;
import static se.dpia.model.validation.Fixtures.codesOf;
import static se.dpia.model.validation.Fixtures.single;
import static se.dpia.model.validation.Fixtures.technology;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.dpia.model.Assessment;
import se.dpia.model.Technology;
import se.dpia.model.TechnologyStatus;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.ModelIssue;

class LeastIntrusiveCheckTest {

	private final Assessment assessment = assessment();
	private final Technology camera = technology(assessment, "Kamera", 4, "nattlig tillsyn");
	private final Technology sensor = technology(assessment, "Sensor", 2, "Nattlig tillsyn ");

	LeastIntrusiveCheckTest() {
		sensor.setStatus(TechnologyStatus.ALTERNATIV);
	}

	@Test
	void aCameraChosenOverASensorWithoutReasonIsAnErrorNamingTheSensor() {
		ModelIssue issue = single(assessment, IssueCodes.MORE_INTRUSIVE_TECHNOLOGY_WITHOUT_RATIONALE);

		assertTrue(issue.isError());
		assertSame(camera, issue.element());
		assertTrue(issue.getMessage().contains("Sensor (intrusiveness 2)"), issue.getMessage());
	}

	@Test
	void aStatedReasonIsEnough() {
		camera.setChoiceRationale("Sensorn kan inte se om brukaren andas.");

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aCameraOnlyConsideredNeedsNoReason() {
		camera.setStatus(TechnologyStatus.AVVISAD);

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void technologiesForDifferentNeedsAreNoAlternatives() {
		sensor.setNeed("larm vid fall");

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void anAlternativeWithoutRankIsReportedAndNotCompared() {
		sensor.setIntrusiveness(0);

		ModelIssue issue = single(assessment, IssueCodes.TECHNOLOGY_NOT_RANKED);

		assertFalse(issue.isError());
		assertSame(sensor, issue.element());
		assertEquals(List.of(IssueCodes.TECHNOLOGY_NOT_RANKED), codesOf(assessment));
	}
}
