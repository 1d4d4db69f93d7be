package se.dpia.assessment.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Problem;

/** The checker reports the model's validation with its stable codes and the element's path. */
class AssessmentCheckerTest {

	private static final String CLEAN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
			    id="test" name="Test" dpo="DSO">
			  <people id="DSO" name="Dataskyddsombudet"/>
			  <risks id="R1" name="Obehörig tittar" likelihood="2" severity="2" residualLikelihood="1" residualSeverity="2"%s/>
			  <mitigations id="A1" name="Behörighetsstyrning"/>
			  <review dataSubjectViews="Brukarrådet har hörts." nextReviewDate="2027-03-01"/>
			  <rights requests="Begäran lämnas till nämndens registrator."/>
			</dpia:Assessment>
			""";

	@TempDir
	Path folder;

	private List<Problem> check(String model) throws Exception {
		Files.writeString(folder.resolve("assessment.dpia"), model);
		return AssessmentChecker.check(AssessmentFolder.open(folder), Locale.ENGLISH);
	}

	@Test
	void aCleanModelHasNoProblems() throws Exception {
		assertEquals(List.of(), check(CLEAN.formatted(" mitigations=\"A1\"")));
	}

	@Test
	void aModelProblemCarriesItsStableCodeTheElementsPathAndItsLine() throws Exception {
		Problem problem = check(CLEAN.formatted("")).get(0);

		assertEquals(IssueCodes.RISK_WITHOUT_TREATMENT, problem.code());
		assertEquals("/risks[R1]", problem.elementPath());
		assertTrue(problem.isError());
		String line = problem.format(Path.of("assessment.dpia"));
		assertTrue(problem.line() > 0, "the line of <risks id=\"R1\"");
		assertTrue(line.matches("assessment\\.dpia:\\d+:\\d+: error: /risks\\[R1\\]: Risk R1 \"Obehörig tittar\" .* \\[risk-without-treatment\\]"), line);
	}

	@Test
	void aWarningOfTheModelIsAWarning() throws Exception {
		Problem problem = check(CLEAN.formatted(" mitigations=\"A1\"").replace(" dpo=\"DSO\"", "")).get(0);

		assertEquals(IssueCodes.DPO_NOT_NAMED, problem.code());
		assertEquals("/", problem.elementPath());
		assertEquals(Problem.Severity.WARNING, problem.severity());
	}
}
