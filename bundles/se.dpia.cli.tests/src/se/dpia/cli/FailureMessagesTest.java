package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a command can fail: it exits 2 (wrong usage) or 1 (the work failed), says on stderr what went wrong and
 * what to do, and shows no stack trace unless --debug is given.
 */
class FailureMessagesTest {

	/** Words that start the "what to do" part of a message. */
	private static final Pattern ADVICE = Pattern.compile("(?i)\\b(see|give|run|use|check|remove|approve|restore|put|fix|"
			+ "pass|split|copy|try|write|set|start|add|goes with|needs|must be|takes one|options start with|"
			+ "split|DPIA_JAVA_OPTS|rätta|ange|skriv|kör)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	@TempDir
	static Path work;

	private static Path empty;
	private static Path broken;
	private static Path huge;
	private static Path aFile;
	private static Path small;
	private static Path badCase;

	private final CommandLine cli = new CommandLine();

	@BeforeAll
	static void folders() throws IOException {
		empty = Files.createDirectories(work.resolve("empty"));
		broken = Files.createDirectories(work.resolve("broken"));
		Files.writeString(broken.resolve("assessment.dpia"), "<?xml version=\"1.0\"?>\n<dpia:Assessment\n  id=");
		huge = Files.createDirectories(work.resolve("huge"));
		try (BufferedWriter out = Files.newBufferedWriter(huge.resolve("assessment.dpia"))) {
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dpia:Assessment xmi:version=\"2.0\""
					+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:dpia=\"https://dpia.se/model/1.0\" id=\"x\" name=\"x\">\n");
			for (int i = 0; i < 520_000; i++) {
				out.write("  <risks id=\"R" + i + "\" name=\"En risk som upprepas för att göra filen stor\" likelihood=\"2\" severity=\"3\"/>\n");
			}
			out.write("</dpia:Assessment>\n");
		}
		aFile = Files.writeString(work.resolve("a-file.txt"), "not a folder");
		small = Files.createDirectories(work.resolve("small"));
		Files.writeString(small.resolve("assessment.dpia"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
				    id="test" name="Test"/>
				""");
		badCase = Files.writeString(work.resolve("bad-case.properties"), "teknik = Trygghetskamera\nbeslutsförmåga = kanske\n");
	}

	static Stream<Arguments> failures() {
		String example = CommandLine.EXAMPLE.toString();
		return Stream.of(
				Arguments.of(2, List.of()),
				Arguments.of(2, List.of("frobnicate")),
				Arguments.of(2, List.of("check", "--colour", "red")),
				Arguments.of(2, List.of("check", "-v")),
				Arguments.of(2, List.of("generate", "--out")),
				Arguments.of(2, List.of("check", example, example)),
				Arguments.of(2, List.of("check", "no/such/folder")),
				Arguments.of(2, List.of("check", "--lang", "de")),
				Arguments.of(2, List.of("generate", "--lang", "fi")),
				Arguments.of(2, List.of("screen", "--lang", "")),
				Arguments.of(2, List.of("threats", "--accept", "a:b", "--dismiss", "c:d")),
				Arguments.of(2, List.of("threats", "--dismiss", "a:b")),
				Arguments.of(2, List.of("threats", "--reason", "x")),
				Arguments.of(2, List.of("consent")),
				Arguments.of(2, List.of("consent", "--case", "no-such-case.properties")),
				Arguments.of(2, List.of("approve")),
				Arguments.of(2, List.of("approve", "--by", "Dso", "--date", "2026-13-01")),
				Arguments.of(2, List.of("approve", "--by", "Dso", "--date", "+10000-01-01")),
				Arguments.of(2, List.of("approve", "--by", "Dso", "--date", "1899-12-31")),
				Arguments.of(2, List.of("diff")),
				Arguments.of(2, List.of("workbench")),
				Arguments.of(1, List.of("generate", "EMPTY")),
				Arguments.of(1, List.of("generate", "BROKEN")),
				Arguments.of(1, List.of("generate", "HUGE")),
				Arguments.of(1, List.of("screen", "EMPTY")),
				Arguments.of(1, List.of("screen", "BROKEN")),
				Arguments.of(1, List.of("threats", "HUGE")),
				Arguments.of(1, List.of("approve", "BROKEN", "--by", "Dso")),
				Arguments.of(1, List.of("diff", "BROKEN", "--since", "approved")),
				Arguments.of(1, List.of("diff", "EMPTY", "--since", "approved")),
				Arguments.of(1, List.of("threats", "--accept", "no-such-rule:x")),
				Arguments.of(1, List.of("consent", "--case", "BAD_CASE")),
				Arguments.of(1, List.of("generate", "SMALL", "--out", "A_FILE")),
				Arguments.of(1, List.of("generate", "SMALL", "--templates", "EMPTY")));
	}

	@ParameterizedTest(name = "{1} exits {0}")
	@MethodSource("failures")
	void eachFailureSaysWhatWentWrongAndWhatToDo(int exit, List<String> args) {
		String[] resolved = args.stream().map(a -> switch (a) {
			case "EMPTY" -> empty.toString();
			case "BROKEN" -> broken.toString();
			case "HUGE" -> huge.toString();
			case "A_FILE" -> aFile.resolve("out").toString();
			case "SMALL" -> small.toString();
			case "BAD_CASE" -> badCase.toString();
			default -> a;
		}).toArray(String[]::new);

		assertEquals(exit, cli.run(resolved), cli.stderr());

		String err = cli.stderr();
		assertTrue(err.startsWith("dpia: "), err);
		assertTrue(ADVICE.matcher(err).find(), "says what to do: " + err);
		assertFalse(err.contains("\tat ") || err.contains("Exception:"), "no stack trace: " + err);
	}

	@Test
	void checkNamesAModelAboveTheLimitAndExitsOne() {
		assertEquals(1, cli.run("check", huge.toString()));

		assertTrue(cli.stdout().contains("above the limit of 10.0 MB for a model file"), cli.stdout());
		assertTrue(cli.stdout().contains("[unreadable-file]"), cli.stdout());
	}

	@Test
	void debugShowsTheStackTrace() {
		assertEquals(1, cli.run("generate", small.toString(), "--out", aFile.resolve("out").toString(), "--debug"));

		assertTrue(cli.stderr().contains("\tat "), cli.stderr());
	}

	@Test
	void runningOutOfMemorySaysWhatToDoWithoutATrace() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		FailureReport.print("generate", new OutOfMemoryError("Java heap space"), false, new PrintStream(err, true, StandardCharsets.UTF_8));

		String text = err.toString(StandardCharsets.UTF_8);
		assertTrue(text.startsWith("dpia: generate ran out of memory (the Java heap holds at most "), text);
		assertTrue(text.contains("DPIA_JAVA_OPTS=-Xmx4g"), text);
		assertFalse(text.contains("OutOfMemoryError") || text.contains("\tat "), text);
	}

	@Test
	void aStackOverflowIsReportedWithoutATrace() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		FailureReport.print("check", new StackOverflowError(), false, new PrintStream(err, true, StandardCharsets.UTF_8));

		assertEquals(2, err.toString(StandardCharsets.UTF_8).lines().count(), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void fileSystemFailuresNameTheFile() {
		assertEquals("no such file or folder: /x/y", FailureReport.describe(new NoSuchFileException("/x/y")));
		assertEquals("no permission to use /x/y", FailureReport.describe(new AccessDeniedException("/x/y")));
	}

	@Test
	void checkTakesLangAndKeepsItsCodes(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("assessment.dpia"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
				    id="test" name="Test" dpo="DSO">
				  <people id="DSO" name="Dataskyddsombudet"/>
				  <risks id="R1" name="Obehörig tittar" likelihood="2" severity="2" residualLikelihood="1" residualSeverity="2"/>
				  <review dataSubjectViews="Brukarrådet har hörts." nextReviewDate="2027-03-01"/>
				  <rights requests="Begäran lämnas till nämndens registrator."/>
				</dpia:Assessment>
				""");

		assertEquals(1, cli.run("check", folder.toString(), "--lang", "sv"));
		String swedish = cli.stdout();
		assertEquals(1, cli.run("check", folder.toString(), "--lang", "en"));
		String english = cli.stdout();

		assertTrue(swedish.contains("har ingen åtgärd och är inte accepterad") && swedish.contains("[risk-without-treatment]"), swedish);
		assertTrue(english.contains("has no measure and is not accepted") && english.contains("[risk-without-treatment]"), english);
	}

	@Test
	void aRuleFileThatCannotBeLoadedStopsGenerateWithItsNameAndNothingIsWritten(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("assessment.dpia"), Files.readString(small.resolve("assessment.dpia")));
		Path tooLarge = folder.resolve("stor.regler");
		Files.writeString(tooLarge, "// " + "x".repeat(1024 * 1024) + "\n");
		Path out = folder.resolve("out");

		assertEquals(1, cli.run("generate", folder.toString(), "--out", out.toString()));

		assertTrue(cli.stderr().contains("stor.regler: is 1.0 MB") || cli.stderr().contains("stor.regler: the rule file is"),
				cli.stderr());
		assertTrue(cli.stderr().contains("nothing was generated"), cli.stderr());
		assertTrue(ADVICE.matcher(cli.stderr()).find(), cli.stderr());
		assertFalse(Files.exists(out), "nothing written");
	}
}
