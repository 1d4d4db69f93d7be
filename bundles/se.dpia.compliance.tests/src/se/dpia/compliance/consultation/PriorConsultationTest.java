package se.dpia.compliance.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.compliance.TestModels.assessment;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.dpia.model.Assessment;
import se.dpia.model.Risk;

/** A risk still above the acceptable level after the measures needs prior consultation with IMY (Art. 36). */
class PriorConsultationTest {

	@Test
	void aResidualRiskAboveTheDefaultLevelOfSixNeedsConsultation() {
		Assessment assessment = assessment("""
				<risks id='R1' name='Obehörig tittar' likelihood='4' severity='4' residualLikelihood='3' residualSeverity='3'/>
				<risks id='R2' name='Loggar saknas' likelihood='3' severity='3' residualLikelihood='2' residualSeverity='3'/>
				""");

		assertEquals(List.of("R1"), PriorConsultation.risksRequiringConsultation(assessment).stream().map(Risk::getId).toList());
		assertTrue(PriorConsultation.required(assessment));
	}

	@Test
	void aRiskAtTheAcceptableLevelOrNotYetAssessedAfterMeasuresDoesNot() {
		Assessment assessment = assessment("""
				<risks id='R1' name='Obehörig tittar' likelihood='4' severity='4' residualLikelihood='2' residualSeverity='3'/>
				<risks id='R2' name='Ej bedömd' likelihood='4' severity='4'/>
				""");

		assertFalse(PriorConsultation.required(assessment));
	}

	@Test
	void theAssessmentsOwnAcceptableLevelCounts() {
		Assessment assessment = assessment("""
				<riskScale acceptableLevel='4'/>
				<risks id='R1' name='Obehörig tittar' residualLikelihood='2' residualSeverity='3'/>
				""");

		assertEquals(4, PriorConsultation.acceptableLevel(assessment));
		assertTrue(PriorConsultation.required(assessment));
	}

	@Test
	void aResidualLevelThatOverflowsIntNeedsConsultation() {
		Assessment assessment = assessment("""
				<risks id='R1' name='Överspill' residualLikelihood='46341' residualSeverity='46341'/>
				""");

		assertTrue(PriorConsultation.required(assessment));
	}
}
