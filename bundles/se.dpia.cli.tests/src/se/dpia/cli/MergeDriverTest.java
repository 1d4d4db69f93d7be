package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.assessment.ModelFolder;
import se.dpia.assessment.NewAssessmentFolder;
import se.dpia.assessment.ThreatTasks;
import se.dpia.compliance.threats.Proposal;
import se.dpia.cli.crash.ChildJvm;
import se.dpia.model.Assessment;
import se.dpia.model.io.AssessmentFiles;

/**
 * {@code ./dpia merge-driver} as git runs it: a repository with the assessment made by {@code ./dpia new} (which
 * writes the {@code .gitattributes}), the driver registered with {@code git config}, two branches merged with
 * {@code git merge}. The driver runs in a child JVM on this test runtime's class path, as the product's script would.
 */
class MergeDriverTest {

	@TempDir
	Path repository;

	private final CommandLine cli = new CommandLine();
	private Path folder;

	@Test
	void twoBranchesAcceptingDifferentThreatsOneApprovingMergeWithoutConflictAndCheckKeepsTheSignOffError() throws Exception {
		setUp();
		List<String> high = ThreatTasks.undecided(ModelFolder.load(folder)).stream()
				.filter(proposal -> proposal.likelihood() * proposal.severity() > 6).map(Proposal::key).toList();
		assertTrue(high.size() >= 2, high.toString());

		git("checkout", "-q", "-b", "theirs");
		assertEquals(0, cli.run("threats", folder.toString(), "--accept", high.get(1)), cli.stderr());
		assertEquals(0, cli.run("approve", folder.toString(), "--by", "Dana Dataskyddsombud", "--date", "2026-12-02"), cli.stderr());
		git("add", "-A");
		git("commit", "-q", "-m", "their threat, approved");
		git("checkout", "-q", "main");
		assertEquals(0, cli.run("threats", folder.toString(), "--accept", high.get(0)), cli.stderr());
		git("add", "-A");
		git("commit", "-q", "-m", "our threat");

		Result merge = run("git", "merge", "--no-edit", "theirs");

		assertEquals(0, merge.exit(), merge.output());
		assertTrue(merge.output().contains("our new element R"), merge.output());
		assertEquals("", git("diff", "--name-only", "--diff-filter=U").output(), "nothing left unmerged");
		Assessment merged = AssessmentFiles.load(folder.resolve("assessment.dpia"));
		assertEquals(2, merged.getThreatDecisions().size());
		assertTrue(merged.getReview().isDpoSignedOff(), "their approval is merged");

		assertEquals(1, cli.run("check", folder.toString(), "--lang", "en"), cli.stdout());
		String ourRisk = merged.getThreatDecisions().stream().filter(d -> (d.getRule() + ":" + d.getSubject()).equals(high.get(0)))
				.findFirst().orElseThrow().getRisk().getId();
		List<String> notSignedOff = cli.stdout().lines().filter(line -> line.endsWith("[residual-risk-without-dpo-sign-off]")).toList();
		assertEquals(1, notSignedOff.size(), cli.stdout());
		assertTrue(notSignedOff.get(0).contains("/risks[" + ourRisk + "]"), notSignedOff.toString());
		assertTrue(cli.stdout().contains("[changed-after-approval]"), cli.stdout());
	}

	@Test
	void theSameAttributeChangedOnBothBranchesIsAConflictTheFileStillLoadsAndTheListSaysWhat() throws Exception {
		setUp();
		Path model = folder.resolve("assessment.dpia");
		String base = Files.readString(model);
		// the assessment's version (the first; a revision row has one too)
		assertTrue(base.contains("version=\"0.1\"") && base.contains("diarienummer=\"KS 23/32\""));

		git("checkout", "-q", "-b", "theirs");
		Files.writeString(model, base.replaceFirst("version=\"0.1\"", "version=\"0.3\"").replace("KS 23/32", "KS 23/99"));
		git("commit", "-q", "-am", "their version");
		git("checkout", "-q", "main");
		Files.writeString(model, base.replaceFirst("version=\"0.1\"", "version=\"0.2\""));
		git("commit", "-q", "-am", "our version");

		Result merge = run("git", "merge", "--no-edit", "theirs");

		assertNotEquals(0, merge.exit(), merge.output());
		assertTrue(merge.output().contains("/: version changed on both sides: ours \"0.2\", theirs \"0.3\" (before: \"0.1\")"),
				merge.output());
		assertEquals("bedomning/assessment.dpia", git("diff", "--name-only", "--diff-filter=U").output().strip());
		Assessment merged = AssessmentFiles.load(model);
		assertEquals("0.2", merged.getVersion(), "ours at the conflict");
		assertEquals("KS 23/99", merged.getDiarienummer(), "their change elsewhere is merged");
		String list = Files.readString(folder.resolve("assessment.dpia" + "." + "merge-conflicts.txt"));
		assertTrue(list.startsWith("# Merge conflicts in bedomning/assessment.dpia: 1."), list);
		assertTrue(list.contains("version changed on both sides"), list);
		assertFalse(Files.readString(model).contains("<<<<<<<"), "no conflict markers");

		cli.run("check", folder.toString(), "--lang", "en");
		assertTrue(cli.stdout().lines().anyMatch(line -> line.contains(": error: /: merge conflict not resolved yet: /: version changed on both sides")
				&& line.endsWith("[unresolved-merge-conflict]")), cli.stdout());
	}

	private void setUp() throws Exception {
		assertEquals(0, run("git", "--version").exit(), "the test runs git, whose merge driver this is");
		folder = repository.resolve("bedomning");
		assertEquals(0, cli.run("new", folder.toString(), "--example"), cli.stderr());
		assertEquals(NewAssessmentFolder.GITATTRIBUTES, Files.readString(folder.resolve(".gitattributes")));
		git("init", "-q", "-b", "main");
		git("config", "user.name", "Test");
		git("config", "user.email", "test@example.org");
		git("config", "merge.dpia.driver", "sh " + driverScript() + " %O %A %B %P");
		git("add", "-A");
		git("commit", "-q", "-m", "the assessment");
	}

	/** A script that runs {@code ./dpia merge-driver "$@"} in a child JVM, as dpia.sh would. */
	private Path driverScript() throws IOException {
		List<String> command = new ChildJvm().command(CliChild.class.getName(), CommandLine.ROOT.toAbsolutePath().toString(),
				"merge-driver", "--lang", "en").command();
		String quoted = command.stream().map(part -> "'" + part.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
		Path script = repository.resolveSibling(repository.getFileName() + "-driver.sh");
		Files.writeString(script, "#!/bin/sh\nexec " + quoted + " \"$@\"\n");
		return script;
	}

	private Result git(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		Result result = run(command.toArray(String[]::new));
		assertEquals(0, result.exit(), String.join(" ", command) + ": " + result.output());
		return result;
	}

	private record Result(int exit, String output) {
	}

	private Result run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " ended");
		return new Result(process.exitValue(), output);
	}
}
