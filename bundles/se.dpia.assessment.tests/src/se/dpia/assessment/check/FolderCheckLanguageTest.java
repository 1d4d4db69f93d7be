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
import org.junit.jupiter.api.io.TempDir;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.model.validation.Problem;

/** The folder-level checks speak the language asked for: no English under sv, no Swedish under en. */
class FolderCheckLanguageTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));
	private static final Set<String> CODES = Set.of(IssueCodes.ANNEX_MEASURE_WITHOUT_PROCESSOR,
			IssueCodes.ANNEX_MEASURE_WITHOUT_RISK, IssueCodes.OPERATIONAL_MEASURE_WITHOUT_ROUTINE_STEP,
			IssueCodes.PRIOR_CONSULTATION_REQUIRED, IssueCodes.CHANGED_AFTER_APPROVAL);
	// quoted names, and the element names and paths a message cites
	private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'|<[^>]*>");
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

	@Test
	void aFileThatCannotBeReadIsReportedInTheLanguageAskedFor(@TempDir Path folder) throws Exception {
		// malformed XML: the parser's own words, in the language asked for
		java.nio.file.Files.writeString(folder.resolve("assessment.dpia"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
				    id="a" name="n"><risks id="r"></dpia:Assessment>
				""");
		AssessmentFolder broken = AssessmentFolder.open(folder);
		List<String> wrong = new ArrayList<>();
		for (Locale locale : List.of(Locale.of("sv"), Locale.ENGLISH)) {
			List<Problem> unreadable = broken.check(locale).problems().stream()
					.filter(p -> p.code().equals("unreadable-file")).toList();
			assertEquals(1, unreadable.size(), locale + ": " + broken.check(locale).problems());
			String message = QUOTED.matcher(unreadable.get(0).message()).replaceAll("");
			if ((locale.getLanguage().equals("sv") ? ENGLISH : SWEDISH).matcher(message).find()) {
				wrong.add(locale + ": " + unreadable.get(0).message());
			}
		}
		assertEquals(List.of(), wrong);
	}
}
