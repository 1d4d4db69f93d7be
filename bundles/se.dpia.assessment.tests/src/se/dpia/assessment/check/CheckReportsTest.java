package se.dpia.assessment.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.JsonSchemaValidation;
import se.dpia.model.validation.Problem;

/** check's machine-readable forms: JSON and SARIF 2.1.0, every model problem placed at its element's line. */
class CheckReportsTest {

	private static final Path EXAMPLE = JsonSchemaValidation.ROOT.resolve("examples/ange-trygghetskamera");

	@Test
	void sarifOfTheExampleValidatesAgainstTheSarifSchemaAndPlacesEveryProblem() throws Exception {
		CheckResult result = AssessmentFolder.open(EXAMPLE).check(Locale.ENGLISH);
		assertFalse(result.problems().isEmpty(), "the example has known gaps");

		String sarif = CheckReports.sarif(result, file -> EXAMPLE.relativize(file).toString(), "0.1.0");
		JsonSchemaValidation.assertValid(JsonSchemaValidation.sarifSchema(), JsonSchemaValidation.write("check.sarif", sarif));

		JsonObject run = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
		JsonArray results = run.getAsJsonArray("results");
		assertEquals(result.problems().size(), results.size());
		for (JsonElement element : results) {
			JsonObject entry = element.getAsJsonObject();
			JsonObject location = entry.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
			assertTrue(location.has("region") && location.getAsJsonObject("region").get("startLine").getAsInt() > 0,
					"every problem has a line: " + entry);
			int index = entry.get("ruleIndex").getAsInt();
			assertEquals(entry.get("ruleId"), rules.get(index).getAsJsonObject().get("id"));
		}
		Set<String> ruleIds = new HashSet<>();
		rules.forEach(rule -> ruleIds.add(rule.getAsJsonObject().get("id").getAsString()));
		assertTrue(ruleIds.containsAll(Set.of("risk-without-treatment", "unresolved-reference", "prior-consultation-required")),
				ruleIds.toString());
	}

	@Test
	void rulesTakeTheirDescriptionAndLevelFromTheIssueCodeList() {
		IssueCatalog.Entry entry = IssueCatalog.entries().stream()
				.filter(e -> e.code().equals("residual-risk-without-dpo-sign-off")).findFirst().orElseThrow();
		assertEquals("error", entry.severity());
		assertTrue(entry.description().contains("DPO"), entry.description());
		assertTrue(entry.list().startsWith("The model's validation"), entry.list());
	}

	@Test
	void jsonNamesFileLineColumnSeverityCodeAndElement() throws Exception {
		CheckResult result = AssessmentFolder.open(EXAMPLE).check(Locale.ENGLISH);

		JsonObject report = JsonParser.parseString(CheckReports.json(result, file -> EXAMPLE.relativize(file).toString()))
				.getAsJsonObject();

		assertEquals(result.errors(), report.get("errors").getAsLong());
		JsonArray problems = report.getAsJsonArray("problems");
		assertEquals(result.problems().size(), problems.size());
		Problem first = result.problems().stream().filter(p -> !p.elementPath().isEmpty()).findFirst().orElseThrow();
		JsonObject entry = problems.get(result.problems().indexOf(first)).getAsJsonObject();
		assertEquals("assessment.dpia", entry.get("file").getAsString());
		assertEquals(first.line(), entry.get("line").getAsInt());
		assertTrue(first.line() > 0, first.toString());
		assertEquals(first.elementPath(), entry.get("element").getAsString());
		assertEquals(first.code(), entry.get("code").getAsString());
	}

	@Test
	void aRelativePathBecomesAUriReference() {
		assertEquals("rutiner/natt%20%C3%A5nge.regler", CheckReports.uriOf("rutiner/natt ånge.regler"));
	}
}
