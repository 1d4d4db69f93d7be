package se.dpia.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.rules.IssueCodes;
import se.dpia.rules.RuleFolder;
import se.dpia.rules.RulesStandaloneSetup;
import se.dpia.rules.load.RuleProblems;
import se.dpia.rules.load.FolderResources;
import se.dpia.model.validation.Problem;

/**
 * Every diagnostic of the rule language speaks the language asked for: files raising every code of
 * {@link IssueCodes}, checked in Swedish and in English, give no English message under sv and no Swedish under en.
 * The rule language's own words, quoted in a message ('vid nej: erbjud "..."'), are left out of the comparison.
 */
class RuleMessagesLanguageTest {

	private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
	private static final Pattern ENGLISH = Pattern.compile("\\b(the|is|not|add|does|of|and|or|with|when|was|expected|may)\\b", Pattern.UNICODE_CHARACTER_CLASS);
	private static final Pattern SWEDISH = Pattern.compile("\\b(är|inte|och|eller|med|när|för|finns|lägg|får|säger|ingen|den)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	@TempDir
	Path root;

	@BeforeEach
	void writeFilesRaisingEveryCode() throws Exception {
		new RuleFolder(root)
				.write("syntax.regler", "samtyckesregel S1 gäller Kamera { samtycke från ingen }\n")
				.write("time.regler", RuleFolder.GOOD_ROUTINE.replace("Natt", "Natt2").replace("tillsyn 22:00", "tillsyn 25:00"))
				.write("unresolved.regler", RuleFolder.GOOD_CONSENT.replace("R gäller Kamera", "S2 gäller Kammera"))
				.write("refusal.regler", RuleFolder.GOOD_CONSENT.replace("R gäller", "S3 gäller").replace("vid nej: erbjud \"Fysisk tillsyn\"", ""))
				.write("silent.regler", "samtyckesregel S4 gäller Sensor {\n\tsamtycke från brukaren\n}\n")
				.write("representative.regler", RuleFolder.REPRESENTATIVE_CONSENT.replace("R gäller", "S5 gäller")
						.replace(" och brukaren motsätter sig inte", ""))
				.write("escalation.regler", """
						verksamhetsrutin Natt3 för hemtjänst med Kamera {
							roll Larmoperatör får tillsyn
							beviljad insats 22:00–06:00
							tillsyn 21:00–06:00 var 2:e timme
							steg Tillsyn: Larmoperatör gör tillsyn
							steg Besök: Larmoperatör gör besök
						}
						verksamhetsrutin Natt4 för hemtjänst med Kamera {
							roll Nattpatrull får besök
							steg Hembesök: om fortfarande ej sedd, Nattpatrull gör besök
						}
						""")
				.write("calls.regler", """
						verksamhetsrutin Natt5 för hemtjänst {
							roll Nattpatrull får besök
							kontakt Jour
							steg Larma: om ingen hinner fram, Nattpatrull ringer Jour
							steg Hjälp: om sedd och behöver hjälp, Nattpatrull gör besök dokumenteras i Plattformen
						}
						""")
				.write("model.dpia", RuleFolder.MODEL.replace("<mitigations",
						"<systems id=\"Plattformen\" kind=\"administrationsplattform\"/>\n  <mitigations"))
				.write("checklist.regler", "checklista Egen {\n\tpunkt P \"Något\"\n}\n")
				.write("imports.regler", "importera \"../utanför.regler\"\nimportera \"saknas.regler\"\n");
	}

	private List<Problem> check(Locale locale) throws Exception {
		return RuleProblems.of(FolderResources.load(RulesStandaloneSetup.doSetup(), root), locale);
	}

	@Test
	void everyCodeIsRaised() throws Exception {
		Set<String> codes = new TreeSet<>();
		for (Field field : IssueCodes.class.getFields()) {
			// a file that can't be read and a problem without a code of its own carry the loader's text: not raised here
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
					&& !field.getName().equals("UNREADABLE_FILE") && !field.getName().equals("OTHER")) {
				codes.add((String) field.get(null));
			}
		}
		assertEquals(codes, new TreeSet<>(check(Locale.ENGLISH).stream().map(Problem::code).toList()));
	}

	@Test
	void noEnglishUnderSwedishAndNoSwedishUnderEnglish() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Problem problem : check(Locale.of("sv"))) {
			if (ENGLISH.matcher(unquoted(problem.message())).find()) {
				wrong.add("sv: " + problem.message());
			}
		}
		for (Problem problem : check(Locale.ENGLISH)) {
			if (SWEDISH.matcher(unquoted(problem.message())).find()) {
				wrong.add("en: " + problem.message());
			}
		}
		assertEquals(List.of(), wrong);
	}

	@Test
	void theSameFolderSpeaksBothLanguages() throws Exception {
		List<String> swedish = check(Locale.of("sv")).stream().map(Problem::message).toList();
		List<String> english = check(Locale.ENGLISH).stream().map(Problem::message).toList();
		assertEquals(swedish.size(), english.size());
		for (int i = 0; i < swedish.size(); i++) {
			assertTrue(!swedish.get(i).equals(english.get(i)), swedish.get(i));
		}
	}

	@Test
	void noMessageRefersToAnInternalSource() throws Exception {
		for (Locale locale : List.of(Locale.of("sv"), Locale.ENGLISH)) {
			for (Problem problem : check(locale)) {
				assertTrue(!problem.message().matches("(?s).*\\b(seeds?|källa) \\d{3}.*"), problem.message());
			}
		}
	}

	private static String unquoted(String message) {
		return QUOTED.matcher(message).replaceAll("");
	}
}
