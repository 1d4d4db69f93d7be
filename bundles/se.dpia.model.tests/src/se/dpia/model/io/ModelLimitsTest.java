package se.dpia.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models within the 10 MB file limit that would still make checking and generation unbounded are refused when they
 * are loaded, with the element, the size and the limit in the message.
 */
class ModelLimitsTest {

	private static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
			    xmlns:dpia="https://dpia.se/model/1.0" id="x" name="%s">
			%s</dpia:Assessment>
			""";

	@TempDir
	Path folder;

	private ModelLoadException refused(String name, String body) throws Exception {
		Path file = Files.writeString(folder.resolve("assessment.dpia"), MODEL.formatted(name, body));
		return assertThrows(ModelLoadException.class, () -> AssessmentFiles.load(file));
	}

	@Test
	void aRiskScaleOfTwoThousandLevelsIsRefused() throws Exception {
		StringBuilder levels = new StringBuilder("  <riskScale acceptableLevel=\"6\">\n");
		for (int i = 1; i <= 2_000; i++) {
			levels.append("    <levels value=\"").append(i).append("\" label=\"N").append(i).append("\"/>\n");
		}
		levels.append("  </riskScale>\n");

		ModelLoadException refusal = refused("x", levels.toString());

		assertTrue(refusal.getMessage().contains("2,000 levels, above the limit of 10 for a risk scale"), refusal.getMessage());
	}

	@Test
	void aHundredThousandCharacterNameIsRefused() throws Exception {
		ModelLoadException refusal = refused("x".repeat(100_000), "");

		assertEquals("Assessment x: 'name' is 100,000 characters long, above the limit of 2,000 for a name;"
				+ " shorten it (put a long text in a related document and refer to it)", refusal.getMessage());
	}

	@Test
	void aTextLongerThanPdfCanHoldInOneStringIsRefused() throws Exception {
		ModelLoadException refusal = refused("x", "  <risks id=\"R1\" description=\"" + "å".repeat(20_000) + "\"/>\n");

		assertTrue(refusal.getMessage().startsWith("Risk R1: 'description' is 20,000 characters long, above the limit"
				+ " of 16,000 for a text"), refusal.getMessage());
	}

	@Test
	void twentyThousandAndOneDataCategoriesAreRefused() throws Exception {
		StringBuilder categories = new StringBuilder();
		for (int i = 0; i <= 20_000; i++) {
			categories.append("  <dataCategories id=\"D").append(i).append("\"/>\n");
		}

		ModelLoadException refusal = refused("x", categories.toString());

		assertTrue(refusal.getMessage().contains("20,001 entries in 'dataCategories', above the limit of 20,000"),
				refusal.getMessage());
	}

	@Test
	void aModelAtTheLimitsLoads() throws Exception {
		StringBuilder levels = new StringBuilder("  <riskScale acceptableLevel=\"6\">\n");
		for (int i = 1; i <= ModelLimits.MAX_SCALE_LEVELS; i++) {
			levels.append("    <levels value=\"").append(i).append("\"/>\n");
		}
		levels.append("  </riskScale>\n");
		Path file = Files.writeString(folder.resolve("assessment.dpia"), MODEL.formatted("n".repeat(2_000), levels));

		assertEquals(10, AssessmentFiles.load(file).getRiskScale().getLevels().size());
	}
}
