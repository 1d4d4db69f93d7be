package se.dpia.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.rules.RuleFolder.single;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.validation.Problem;
import se.dpia.rules.IssueCodes;
import se.dpia.rules.RuleFolder;

/** Codes every rule file can raise: syntax errors and names missing from the model. */
class RulesValidatorTest {

	@TempDir
	Path root;
	private RuleFolder folder;

	@BeforeEach
	void setUp() throws Exception {
		folder = new RuleFolder(root);
	}

	@Test
	void aCorrectRuleAndRoutineHaveNoProblems() throws Exception {
		assertEquals(List.of(), folder.check(RuleFolder.GOOD_CONSENT + RuleFolder.GOOD_ROUTINE));
	}

	@Test
	void aNameMissingFromTheModelIsAnUnresolvedReferenceWithItsPlace() throws Exception {
		Problem problem = single(folder.check(RuleFolder.GOOD_CONSENT.replace("gäller Kamera", "gäller Kammera")));
		assertEquals(IssueCodes.UNRESOLVED_REFERENCE, problem.code());
		assertEquals(1, problem.line());
		assertEquals(25, problem.column());
		assertTrue(problem.message().contains("'Kammera'"), problem.message());
	}

	@Test
	void aMitigationMissingFromTheModelIsAnUnresolvedReference() throws Exception {
		Problem problem = single(folder.check(RuleFolder.GOOD_ROUTINE.replace("genomför A1", "genomför A9")));
		assertEquals(IssueCodes.UNRESOLVED_REFERENCE, problem.code());
		assertTrue(problem.message().contains("'A9' is not a mitigation"), problem.message());
	}

	@Test
	void brokenSyntaxIsASyntaxErrorWithItsPlace() throws Exception {
		Problem syntax = folder.check("samtyckesregel R gäller {").stream()
				.filter(p -> p.code().equals(IssueCodes.SYNTAX_ERROR)).findFirst().orElseThrow();
		assertEquals(1, syntax.line());
		assertTrue(syntax.isError());
	}

	@Test
	void aTimeThatIsNoTimeOfDayIsASyntaxError() throws Exception {
		Problem problem = single(folder.check(RuleFolder.GOOD_ROUTINE.replace("tillsyn 22:00", "tillsyn 25:00")));
		assertEquals(IssueCodes.SYNTAX_ERROR, problem.code());
		assertTrue(problem.message().contains("'25:00' is not a time of day"), problem.message());
	}

	@Test
	void theEnglishKeywordsReadTheSame() throws Exception {
		String english = RuleFolder.GOOD_CONSENT.replace("samtyckesregel R gäller Kamera i hemtjänst",
				"consent R for Kamera in hemtjänst")
				+ RuleFolder.GOOD_ROUTINE.replace("verksamhetsrutin Natt för hemtjänst med Kamera", "routine Natt for hemtjänst with Kamera");
		assertEquals(List.of(), folder.check(english));
	}
}
