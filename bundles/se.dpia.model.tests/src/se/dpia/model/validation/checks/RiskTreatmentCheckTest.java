package se.dpia.model.validation.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.model.validation.Fixtures.assessment;
import static se.dpia.model.validation.Fixtures.codesOf;
import static se.dpia.model.validation.Fixtures.risk;
import static se.dpia.model.validation.Fixtures.single;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.RiskStatus;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.ModelIssue;

class RiskTreatmentCheckTest {

	private final Assessment assessment = assessment();
	private final Risk risk = risk(assessment, "R1");

	@Test
	void aRiskWithAMeasureIsTreated() {
		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aRiskWithoutMeasureOrAcceptanceIsAnErrorNamingTheRisk() {
		risk.getMitigations().clear();

		ModelIssue issue = single(assessment, IssueCodes.RISK_WITHOUT_TREATMENT);

		assertTrue(issue.isError());
		assertSame(risk, issue.element());
		assertTrue(issue.getMessage().contains("R1 \"Obehörig tittar\""), issue.getMessage());
	}

	@Test
	void aRiskAcceptedWithoutRationaleAndWithoutMeasureIsUntreated() {
		risk.getMitigations().clear();
		risk.setStatus(RiskStatus.ACCEPTERAD);

		assertEquals(List.of(IssueCodes.RISK_WITHOUT_TREATMENT), codesOf(assessment));
	}

	@Test
	void aRiskAcceptedWithARationaleNeedsNoMeasure() {
		risk.getMitigations().clear();
		risk.setStatus(RiskStatus.ACCEPTERAD);
		risk.setAcceptanceRationale("Låg sannolikhet och begränsad konsekvens.");

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aRiskWithMeasuresAcceptedWithoutRationaleIsAWarning() {
		risk.setStatus(RiskStatus.ACCEPTERAD);

		ModelIssue issue = single(assessment, IssueCodes.ACCEPTED_RISK_WITHOUT_RATIONALE);

		assertFalse(issue.isError());
	}

	@Test
	void aRiskWithMeasuresAcceptedWithARationaleIsFine() {
		risk.setStatus(RiskStatus.ACCEPTERAD);
		risk.setAcceptanceRationale("Kvarstående risk är låg.");

		assertEquals(List.of(), codesOf(assessment));
	}
}
