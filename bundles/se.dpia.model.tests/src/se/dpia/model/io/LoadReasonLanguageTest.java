package se.dpia.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why a model file could not be read is told in the reader's language: each way a file fails to load gives a reason
 * with no English under Swedish and no Swedish under English (quoted names and paths aside), also the XML parser's own
 * words about a malformed file. None is passed on in EMF's or the parser's English as it stands.
 */
class LoadReasonLanguageTest {

	private static final String HEAD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
			    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:dpia="https://dpia.se/model/1.0" id="x" name="n"
			""";
	private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'|<[^>]*>|\\S*[/\\\\]\\S*|\\([^)]*:[^)]*\\)");
	private static final Pattern ENGLISH = Pattern.compile("\\b(the|is|not|of|and|or|with|which|must|file|remove|limit)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);
	private static final Pattern SWEDISH = Pattern.compile("\\b(är|inte|och|eller|med|som|måste|filen|gränsen|finns)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	@TempDir
	Path folder;

	private Map<String, ModelLoadException> failures() throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("malformed XML", HEAD + "><dpia:risks id=\"r\"></dpia:Assessment>");
		files.put("DOCTYPE", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [ <!ENTITY a \"b\"> ]>\n" + HEAD + "/>");
		files.put("unknown attribute", HEAD + " kulör=\"blå\"/>");
		files.put("unknown namespace", HEAD.replace("xmlns:dpia=\"https://dpia.se/model/1.0\"",
				"xmlns:dpia=\"https://dpia.se/model/9.9\"") + "/>");
		files.put("unknown class", HEAD + "><risks xsi:type=\"dpia:Kaffe\" id=\"r\"/></dpia:Assessment>");
		files.put("illegal enum value", HEAD + " status=\"halvklar\"/>");
		files.put("no assessment", "<?xml version=\"1.0\"?>\n<inte-en-bedomning/>");
		files.put("too long a name", HEAD.replace("name=\"n\"", "name=\"" + "x".repeat(ModelLimits.MAX_NAME_CHARS + 1) + "\"") + "/>");
		Map<String, ModelLoadException> failures = new LinkedHashMap<>();
		int i = 0;
		for (var file : files.entrySet()) {
			Path model = Files.writeString(folder.resolve("fall" + i++ + ".dpia"), file.getValue());
			failures.put(file.getKey(), assertThrows(ModelLoadException.class, () -> AssessmentFiles.load(model), file.getKey()));
		}
		Path missing = folder.resolve("saknas.dpia");
		failures.put("no such file", assertThrows(ModelLoadException.class, () -> AssessmentFiles.load(missing)));
		return failures;
	}

	@Test
	void everyReasonIsInTheLanguageAskedFor() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (var failure : failures().entrySet()) {
			String swedish = failure.getValue().message(Locale.of("sv"));
			String english = failure.getValue().message(Locale.ENGLISH);
			if (ENGLISH.matcher(QUOTED.matcher(swedish).replaceAll("")).find()) {
				wrong.add(failure.getKey() + ", sv: " + swedish);
			}
			if (SWEDISH.matcher(QUOTED.matcher(english).replaceAll("")).find()) {
				wrong.add(failure.getKey() + ", en: " + english);
			}
			if (failure.getValue().reason().key().equals("other")) {
				wrong.add(failure.getKey() + ", passed on in the parser's words: " + english);
			}
			if (swedish.equals(english)) {
				wrong.add(failure.getKey() + ", the same in both: " + english);
			}
		}
		assertEquals(List.of(), wrong);
	}

	@Test
	void theEnglishReasonIsTheExceptionsMessage() throws Exception {
		for (ModelLoadException failure : failures().values()) {
			assertEquals(failure.message(Locale.ENGLISH), failure.getMessage());
		}
	}
}
