package se.dpia.assessment.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Problem;

/**
 * The Ånge example's PUB agreement is on the standard clauses (2021/915) and its sources choose none of the options
 * the clauses leave open: the folder's check warns for each, at the agreement's line in the model, in both languages,
 * and raises no error for them.
 */
class AgreementChoicesFolderTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));
	private static final List<String> CHOICES = List.of(IssueCodes.AGREEMENT_DOCKING_CLAUSE_NOT_STATED,
			IssueCodes.AGREEMENT_SUBPROCESSOR_OPTION_NOT_STATED, IssueCodes.AGREEMENT_END_OF_PROCESSING_NOT_STATED,
			IssueCodes.AGREEMENT_BREACH_CONTACT_NOT_STATED);

	private static List<Problem> choices(Locale locale) throws Exception {
		AssessmentFolder example = AssessmentFolder.open(ROOT.resolve("examples/ange-trygghetskamera"));
		return example.check(locale).problems().stream().filter(p -> CHOICES.contains(p.code())).toList();
	}

	@Test
	void theExamplesOpenChoicesAreWarningsAtTheAgreement() throws Exception {
		List<Problem> swedish = choices(Locale.of("sv"));
		assertEquals(CHOICES, swedish.stream().map(Problem::code).toList());
		for (Problem problem : swedish) {
			assertFalse(problem.isError(), problem.toString());
			assertTrue(problem.file().endsWith("assessment.dpia") && problem.line() > 0, problem.toString());
			assertTrue(problem.message().contains("PUB-avtalet") && problem.message().contains("klausul"), problem.message());
		}
		assertTrue(choices(Locale.ENGLISH).stream().allMatch(p -> p.message().contains("Clause")),
				"the English messages name the clause");
	}
}
