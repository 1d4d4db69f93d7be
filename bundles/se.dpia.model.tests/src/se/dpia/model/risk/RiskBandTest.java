package se.dpia.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import se.dpia.model.DpiaFactory;
import se.dpia.model.Risk;

/** The bands around the acceptable level A: acceptable up to A, elevated up to 2A, high above; 0 unrated. */
class RiskBandTest {

	@Test
	void levelEightWithAcceptableSixIsElevated() {
		assertEquals(RiskBand.ELEVATED, RiskBand.of(8, 6));
	}

	@Test
	void theBandsMeetAtTheAcceptableLevelAndTwiceIt() {
		assertEquals(RiskBand.NOT_ASSESSED, RiskBand.of(0, 6));
		assertEquals(RiskBand.ACCEPTABLE, RiskBand.of(1, 6));
		assertEquals(RiskBand.ACCEPTABLE, RiskBand.of(6, 6));
		assertEquals(RiskBand.ELEVATED, RiskBand.of(7, 6));
		assertEquals(RiskBand.ELEVATED, RiskBand.of(12, 6));
		assertEquals(RiskBand.HIGH, RiskBand.of(13, 6));
		assertEquals(RiskBand.HIGH, RiskBand.of(16, 4));
	}

	@Test
	void aRisksBandsBeforeAndAfterItsMeasures() {
		Risk risk = DpiaFactory.eINSTANCE.createRisk();
		risk.setLikelihood(4);
		risk.setSeverity(4);
		risk.setResidualLikelihood(2);
		risk.setResidualSeverity(4);
		assertEquals(RiskBand.HIGH, RiskBand.inherent(risk), "16 > 12 on the default scale");
		assertEquals(RiskBand.ELEVATED, RiskBand.residual(risk), "8: above 6, at most 12");
	}

	@Test
	void theStyleClassAndColourAreTheBands() {
		assertEquals("elevated", RiskBand.ELEVATED.cssClass());
		assertEquals("not-assessed", RiskBand.NOT_ASSESSED.cssClass());
		assertEquals("#ffdc82", RiskBand.ELEVATED.hex());
	}
}
