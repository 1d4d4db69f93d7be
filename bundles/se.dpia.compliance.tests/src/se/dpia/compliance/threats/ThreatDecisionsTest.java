package se.dpia.compliance.threats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.compliance.TestModels.assessment;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.compliance.Messages;
import se.dpia.model.Assessment;
import se.dpia.model.FearedEvent;
import se.dpia.model.LinddunCategory;
import se.dpia.model.Risk;
import se.dpia.model.ThreatDecision;
import se.dpia.model.ThreatDecisionKind;
import se.dpia.model.io.AssessmentFiles;

/** The working group accepts or dismisses a proposal; the choice is kept and the proposal not made again. */
class ThreatDecisionsTest {

	private static final String MODEL = """
			<technologies id='kamera' name='Trygghetskamera' kind='trygghetskamera' placement='sovrummet'/>
			<risks id='R1' name='Infrastruktur saknas'/>
			<risks id='R4' name='Kompetensbrist'/>
			""";

	private final Assessment assessment = assessment(MODEL);
	private final Proposal proposal = ThreatAdvisor.undecided(assessment, "camera-in-bedroom:kamera");

	@Test
	void acceptingPutsTheProposalInTheRiskRegisterAndLinksIt() {
		Risk risk = ThreatDecisions.accept(assessment, proposal, Messages.of("sv"), "2026-11-24");

		assertEquals("R5", risk.getId());
		assertEquals("Kamera i sovrummet (Trygghetskamera)", risk.getName());
		assertEquals(FearedEvent.OBEHORIG_ATKOMST, risk.getFearedEvent());
		assertEquals(LinddunCategory.DETECTING, risk.getLinddun());
		assertEquals(3, risk.getLikelihood());
		assertTrue(assessment.getRisks().contains(risk));
		ThreatDecision decision = ThreatDecisions.decisionOn(assessment, "camera-in-bedroom:kamera");
		assertEquals(ThreatDecisionKind.ACCEPTERAD, decision.getDecision());
		assertSame(risk, decision.getRisk());
		assertEquals(List.of(), ThreatAdvisor.undecided(assessment));
	}

	@Test
	void dismissingKeepsTheReasonAndTheProposalIsNotMadeAgain() {
		ThreatDecisions.dismiss(assessment, proposal, "Kameran riktas bort från sängen", "2026-11-24");

		ThreatDecision decision = ThreatDecisions.decisionOn(assessment, proposal.key());
		assertEquals(ThreatDecisionKind.AVFARDAD, decision.getDecision());
		assertEquals("Kameran riktas bort från sängen", decision.getReason());
		assertNull(decision.getRisk());
		assertEquals(2, assessment.getRisks().size());
		assertNull(ThreatAdvisor.undecided(assessment, proposal.key()));
	}

	@Test
	void dismissingNeedsAReasonAndADecisionIsTakenOnce() {
		assertThrows(IllegalArgumentException.class, () -> ThreatDecisions.dismiss(assessment, proposal, " ", "2026-11-24"));
		ThreatDecisions.dismiss(assessment, proposal, "Ingen kamera i sovrum", "2026-11-24");
		assertThrows(IllegalStateException.class,
				() -> ThreatDecisions.accept(assessment, proposal, Messages.of("sv"), "2026-11-24"));
	}

	@Test
	void theDecisionSurvivesSavingAndLoading(@TempDir Path folder) throws Exception {
		ThreatDecisions.accept(assessment, proposal, Messages.of("en"), "2026-11-24");
		Path file = folder.resolve("assessment.dpia");
		AssessmentFiles.save(assessment.eResource(), file);

		Assessment loaded = AssessmentFiles.load(file);

		ThreatDecision decision = ThreatDecisions.decisionOn(loaded, "camera-in-bedroom:kamera");
		assertEquals("R5", decision.getRisk().getId());
		assertEquals("2026-11-24", decision.getDate());
		assertEquals(List.of(), ThreatAdvisor.undecided(loaded));
	}
}
