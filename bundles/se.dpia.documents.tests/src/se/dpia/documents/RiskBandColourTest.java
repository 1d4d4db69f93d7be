package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.risk.RiskBand;

/**
 * In the PDF a risk of level 8 on a scale whose acceptable level is 6 sits in a heat-map cell of the elevated band,
 * painted in {@link RiskBand#ELEVATED}'s colour: the same definition the workbench's views colour by.
 */
class RiskBandColourTest {

	@Test
	void aLevelEightCellIsElevatedAndTheStyleSheetPaintsItInTheBandsColour() throws Exception {
		Assessment assessment = TestAssessments.camera();
		Risk risk = assessment.getRisks().get(0);
		risk.setResidualLikelihood(2);
		risk.setResidualSeverity(4);
		Texts texts = Texts.load(Templates.bundled(), Language.SV);

		Map<String, Object> values = new DpiaReport().outputs(assessment, List.of(), texts).get(0).values();

		assertEquals(6, values.get("acceptableLevel"));
		Map<?, ?> cell = cell((Map<?, ?>) values.get("heatAfter"), risk.getId());
		assertEquals(8, cell.get("level"));
		assertEquals(RiskBand.ELEVATED.cssClass(), cell.get("band"));
		assertEquals(RiskBand.ELEVATED.hex(), backgroundOf(RiskBand.ELEVATED.cssClass()));
		assertEquals(RiskBand.ACCEPTABLE.hex(), backgroundOf(RiskBand.ACCEPTABLE.cssClass()));
		assertEquals(RiskBand.HIGH.hex(), backgroundOf(RiskBand.HIGH.cssClass()));
	}

	private static Map<?, ?> cell(Map<?, ?> heatMap, String riskId) {
		for (Object row : (List<?>) heatMap.get("rows")) {
			for (Object cell : (List<?>) ((Map<?, ?>) row).get("cells")) {
				if (List.of(String.valueOf(((Map<?, ?>) cell).get("risks")).split(", ")).contains(riskId)) {
					return (Map<?, ?>) cell;
				}
			}
		}
		throw new AssertionError(riskId + " is in no cell of " + heatMap);
	}

	/** The background colour the built-in style sheet gives a heat-map cell of a band. */
	private static String backgroundOf(String band) throws Exception {
		String css;
		try (var in = Templates.bundled().open("dokument.css")) {
			css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher rule = Pattern.compile("td\\." + band + "\\s*\\{\\s*background-color:\\s*(#[0-9a-fA-F]{6})").matcher(css);
		assertTrue(rule.find(), "dokument.css colours td." + band);
		return rule.group(1).toLowerCase();
	}
}
