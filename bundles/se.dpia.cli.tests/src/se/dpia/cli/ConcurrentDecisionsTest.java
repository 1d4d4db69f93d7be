package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.cli.crash.ChildJvm;
import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.io.ChangedMeanwhileException;

/**
 * Commands that change one folder at the same time lose nothing: each holds the folder's lock from reading the model
 * to saving it, so every decision survives and every new risk gets its own id; a save over a file someone else saved
 * meanwhile is refused.
 */
class ConcurrentDecisionsTest {

	private final CommandLine cli = new CommandLine();

	@Test
	void threeDecisionsInThreeProcessesAtOnceAllSurvive(@TempDir Path folder) throws Exception {
		Path model = Files.copy(CommandLine.EXAMPLE.resolve("assessment.dpia"), folder.resolve("assessment.dpia"));
		assertEquals(0, cli.run("threats", folder.toString()), cli.stderr());
		List<String> keys = cli.stdout().lines().filter(line -> line.matches("^[a-z-]+:\\S+  .*"))
				.map(line -> line.substring(0, line.indexOf(' '))).toList();
		assertTrue(keys.size() >= 3, "three proposals to decide: " + cli.stdout());
		int risksBefore = AssessmentFiles.load(model).getRisks().size();

		ChildJvm jvm = new ChildJvm();
		String root = CommandLine.ROOT.toAbsolutePath().toString();
		List<Process> children = new ArrayList<>();
		List<Path> logs = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			List<String> args = new ArrayList<>(List.of(root, "threats", folder.toString()));
			args.addAll(i < 2 ? List.of("--accept", keys.get(i)) : List.of("--dismiss", keys.get(i), "--reason", "gäller inte"));
			Path log = Files.createTempFile("decision", ".log");
			logs.add(log);
			children.add(jvm.command(CliChild.class.getName(), args.toArray(String[]::new)).redirectErrorStream(true)
					.redirectOutput(log.toFile()).start());
		}
		for (int i = 0; i < 3; i++) {
			assertTrue(children.get(i).waitFor(5, TimeUnit.MINUTES), "child " + i + " ended");
			assertEquals(0, children.get(i).exitValue(), Files.readString(logs.get(i)));
		}

		Assessment saved = AssessmentFiles.load(model);
		assertEquals(3, saved.getThreatDecisions().size(), Files.readString(model));
		assertEquals(risksBefore + 2, saved.getRisks().size(), "both accepted proposals are risks");
		assertEquals(saved.getRisks().size(), new HashSet<>(saved.getRisks().stream().map(Risk::getId).toList()).size(),
				"every risk has its own id");
		assertEquals(0, cli.run("threats", folder.toString()));
		for (String key : keys.subList(0, 3)) {
			assertFalse(cli.stdout().contains(key + "  "), key + " is decided: " + cli.stdout());
		}
	}

	@Test
	void aSaveOverAFileChangedMeanwhileIsRefusedAndKeepsTheOtherChange(@TempDir Path folder) throws Exception {
		Path model = Files.copy(CommandLine.EXAMPLE.resolve("assessment.dpia"), folder.resolve("assessment.dpia"));
		Assessment mine = AssessmentFiles.load(model);
		Assessment theirs = AssessmentFiles.load(model);
		theirs.setName("Sparad av någon annan");
		AssessmentFiles.save(theirs.eResource(), model);

		mine.setName("Min ändring");
		ChangedMeanwhileException refusal = org.junit.jupiter.api.Assertions.assertThrows(ChangedMeanwhileException.class,
				() -> AssessmentFiles.save(mine.eResource(), model));

		assertTrue(refusal.getMessage().contains("changed on disk after it was read"), refusal.getMessage());
		assertTrue(refusal.getMessage().contains("run the command again"), refusal.getMessage());
		assertEquals("Sparad av någon annan", AssessmentFiles.load(model).getName());
	}
}
