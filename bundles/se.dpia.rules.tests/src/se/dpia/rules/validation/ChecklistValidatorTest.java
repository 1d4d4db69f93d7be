package se.dpia.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Checklists: each point satisfied by a model element or routine step, or knowingly open. */
class ChecklistValidatorTest {

	private static final String TEMPLATE = """
			checklistmall Mall "En mall" {
				punkt Utbildning "Personalen är utbildad"
				punkt Besök "Fysiskt besök vid teknikfel"
			}
			""";

	@TempDir
	Path root;
	private RuleFolder folder;

	@BeforeEach
	void setUp() throws Exception {
		folder = new RuleFolder(root);
	}

	@Test
	void pointsSatisfiedByAMitigationOrAStepOrOpenRaiseNothing() throws Exception {
		assertEquals(List.of(), folder.check(RuleFolder.GOOD_ROUTINE + TEMPLATE + """
				checklista Egen enligt Mall {
					Utbildning uppfylls av A1
					Besök uppfylls av Natt.Hembesök
					punkt Extra "En egen punkt" öppen "Beslutas i mars"
				}
				"""));
	}

	@Test
	void aPointOfTheTemplateThatNothingSatisfiesIsAWarning() throws Exception {
		Problem problem = single(folder.check(TEMPLATE + """
				checklista Egen enligt Mall {
					Utbildning uppfylls av A1
				}
				"""));
		assertEquals(IssueCodes.CHECKLIST_ITEM_UNSATISFIED, problem.code());
		assertFalse(problem.isError());
		assertEquals(5, problem.line());
		assertTrue(problem.message().contains("'Besök'"), problem.message());
	}

	@Test
	void anOwnPointWithoutAnAnswerIsAWarning() throws Exception {
		Problem problem = single(folder.check("checklista Egen {\n\tpunkt Extra \"En egen punkt\"\n}\n"));
		assertEquals(IssueCodes.CHECKLIST_ITEM_UNSATISFIED, problem.code());
		assertEquals("2:8", problem.line() + ":" + problem.column());
	}

	@Test
	void aPointCannotBeSatisfiedByAConsentRule() throws Exception {
		List<Problem> problems = folder.check(RuleFolder.GOOD_CONSENT + "checklista Egen {\n\tpunkt Extra \"x\" uppfylls av R\n}\n");
		assertEquals(List.of(IssueCodes.UNRESOLVED_REFERENCE), RuleFolder.codes(problems));
		assertTrue(problems.get(0).message().contains("'R' is not a model element or routine step"), problems.get(0).message());
	}
}
