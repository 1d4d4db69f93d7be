package se.dpia.assessment.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.model.validation.Problem;

/** The folder-level checks speak the language asked for: no English under sv, no Swedish under en. */
class FolderCheckLanguageTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));
	private static final Set<String> CODES = Set.of(IssueCodes.ANNEX_MEASURE_WITHOUT_PROCESSOR,
			IssueCodes.ANNEX_MEASURE_WITHOUT_RISK, IssueCodes.OPERATIONAL_MEASURE_WITHOUT_ROUTINE_STEP,
			IssueCodes.PRIOR_CONSULTATION_REQUIRED, IssueCodes.CHANGED_AFTER_APPROVAL);
	private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
	private static final Pattern ENGLISH = Pattern.compile("\\b(the|is|not|add|of|and|or|with|which|but|step)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);
	private static final Pattern SWEDISH = Pattern.compile("\\b(är|inte|och|eller|med|som|men|åtgärden|steg)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static List<Problem> folderProblems(Locale locale) throws Exception {
		AssessmentFolder example = AssessmentFolder.open(ROOT.resolve("examples/ange-trygghetskamera"));
		return example.check(locale).problems().stream().filter(p -> CODES.contains(p.code())).toList();
	}

	@Test
	void noEnglishUnderSwedishAndNoSwedishUnderEnglish() throws Exception {
		List<Problem> swedish = folderProblems(Locale.of("sv"));
		assertFalse(swedish.isEmpty(), "the example raises folder-level problems");
		List<String> wrong = new ArrayList<>();
		swedish.stream().map(Problem::message).filter(m -> ENGLISH.matcher(QUOTED.matcher(m).replaceAll("")).find())
				.forEach(m -> wrong.add("sv: " + m));
		folderProblems(Locale.ENGLISH).stream().map(Problem::message)
				.filter(m -> SWEDISH.matcher(QUOTED.matcher(m).replaceAll("")).find()).forEach(m -> wrong.add("en: " + m));
		assertEquals(List.of(), wrong);
	}
}
