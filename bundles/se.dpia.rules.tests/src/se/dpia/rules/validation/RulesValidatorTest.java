package se.dpia.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.rules.IssueCodes;
import se.dpia.rules.RulesStandaloneSetup;
import se.dpia.rules.check.AssessmentChecker;
import se.dpia.rules.check.AssessmentFolder;
import se.dpia.rules.check.Problem;

/** Each issue code of the rule language, raised by a minimal folder, and not raised by a correct one. */
class RulesValidatorTest {

	private static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
			    id="test" name="Test">
			  <operations id="hemtjänst"/>
			  <technologies id="Kamera" kind="trygghetskamera" operations="hemtjänst"/>
			  <technologies id="Sensor" kind="rörelsesensor" operations="hemtjänst"/>
			</dpia:Assessment>
			""";

	@TempDir
	Path folder;

	/** The problems of the rule file; the model's own validation is tested in se.dpia.model.tests. */
	private List<Problem> check(String rules) throws Exception {
		Files.writeString(folder.resolve("model.dpia"), MODEL);
		Path ruleFile = Files.writeString(folder.resolve("regler.regler"), rules);
		return AssessmentChecker.check(AssessmentFolder.load(RulesStandaloneSetup.doSetup(), folder)).stream()
				.filter(problem -> problem.file().equals(ruleFile)).toList();
	}

	@Test
	void aCorrectRuleHasNoProblems() throws Exception {
		List<Problem> problems = check("""
				samtyckesregel R gäller Kamera i hemtjänst {
					samtycke från brukaren: frivilligt, informerat
					vid nej: erbjud "Fysisk tillsyn"
				}
				""");
		assertEquals(List.of(), problems);
	}

	@Test
	void aNameMissingFromTheModelIsAnUnresolvedReference() throws Exception {
		List<Problem> problems = check("""
				samtyckesregel R gäller Kammera {
					samtycke från brukaren
					vid nej: erbjud "Fysisk tillsyn"
				}
				""");
		Problem problem = single(problems);
		assertEquals(IssueCodes.UNRESOLVED_REFERENCE, problem.code());
		assertEquals(1, problem.line());
		assertEquals(25, problem.column());
		assertTrue(problem.message().contains("'Kammera'"), problem.message());
	}

	@Test
	void aCameraRuleWithoutARefusalAlternativeIsAnError() throws Exception {
		Problem problem = single(check("samtyckesregel R gäller Kamera { samtycke från brukaren }"));
		assertEquals(IssueCodes.CONSENT_WITHOUT_REFUSAL_ALTERNATIVE, problem.code());
		assertTrue(problem.isError());
	}

	@Test
	void aSensorRuleNeedsNoRefusalAlternative() throws Exception {
		assertEquals(List.of(), check("samtyckesregel R gäller Sensor { samtycke från brukaren }"));
	}

	@Test
	void brokenSyntaxIsASyntaxErrorWithItsPlace() throws Exception {
		Problem first = check("samtyckesregel R gäller {").get(0);
		assertEquals(IssueCodes.SYNTAX_ERROR, first.code());
		assertEquals(1, first.line());
	}

	private static Problem single(List<Problem> problems) {
		assertEquals(1, problems.size(), problems.toString());
		return problems.get(0);
	}
}
