package se.dpia.app.views.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.dpia.model.DpiaFactory;
import se.dpia.model.Risk;
import se.dpia.model.risk.RiskScales;

/** The heat map's cells hold the risks rated there, before or after the measures; unrated risks are counted apart. */
class HeatMapCountsTest {

	@Test
	void placesEachRiskInTheCellOfItsRatingBeforeAndAfterTheMeasures() {
		Risk a = risk(3, 3, 2, 3);
		Risk b = risk(3, 3, 1, 1);
		Risk unrated = risk(0, 2, 0, 0);
		List<Risk> risks = List.of(a, b, unrated);

		HeatMapCounts inherent = HeatMapCounts.inherent(risks, RiskScales.CNIL);
		assertEquals(List.of(a, b), inherent.risks(3, 3));
		assertEquals(0, inherent.count(2, 3));
		assertEquals(List.of(unrated), inherent.notAssessed());

		HeatMapCounts residual = HeatMapCounts.residual(risks, RiskScales.CNIL);
		assertEquals(List.of(a), residual.risks(2, 3));
		assertEquals(List.of(b), residual.risks(1, 1));
		assertEquals(0, residual.count(3, 3));
		assertEquals(List.of(unrated), residual.notAssessed());
	}

	@Test
	void aValueOffTheScaleHasNoCell() {
		assertEquals(List.of(), HeatMapCounts.inherent(List.of(risk(3, 3, 0, 0)), RiskScales.CNIL).risks(5, 3));
	}

	private static Risk risk(int likelihood, int severity, int residualLikelihood, int residualSeverity) {
		Risk risk = DpiaFactory.eINSTANCE.createRisk();
		risk.setLikelihood(likelihood);
		risk.setSeverity(severity);
		risk.setResidualLikelihood(residualLikelihood);
		risk.setResidualSeverity(residualSeverity);
		return risk;
	}
}
