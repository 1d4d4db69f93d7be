package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.io.AssessmentFiles;

/** ./dpia approve, the changed-after-approval warning of ./dpia check and ./dpia diff. */
class ApprovalCommandsTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));
	private static final Path EXAMPLE = ROOT.resolve("examples/ange-trygghetskamera");
	private static final String RISK = "kamera_i_sovrummet";

	private final CommandLine cli = new CommandLine();

	private static Path copyOfExample(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(EXAMPLE)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		return folder;
	}

	/** Moves the risk's likelihood one level and saves the model as the workbench would; returns "old → new". */
	private static String changeLikelihood(Path folder) throws Exception {
		Path file = folder.resolve("assessment.dpia");
		Assessment assessment = AssessmentFiles.load(file);
		Risk risk = assessment.getRisks().stream().filter(r -> r.getId().equals(RISK)).findFirst().orElseThrow();
		int old = risk.getLikelihood();
		risk.setLikelihood(old % 4 + 1);
		AssessmentFiles.save(assessment.eResource(), file);
		return old + " \u2192 " + risk.getLikelihood();
	}

	@Test
	void changingARiskAfterApprovalMakesCheckWarnAndDiffNameTheRisk(@TempDir Path temporary) throws Exception {
		String folder = copyOfExample(temporary).toString();

		assertEquals(0, cli.run("approve", folder, "--by", "Dana Dataskyddsombud", "--date", "2026-11-24"), cli.stderr());
		assertTrue(cli.stdout().contains("Godkänd av Dana Dataskyddsombud 2026-11-24: innehåll sha256:"), cli.stdout());
		assertTrue(Files.isRegularFile(temporary.resolve(".approved/assessment.dpia")));
		assertTrue(Files.isRegularFile(temporary.resolve(".approved/kameratillsyn.regler")));

		cli.run("check", folder);
		assertFalse(cli.stdout().contains("changed-after-approval"), cli.stdout());
		assertEquals(0, cli.run("diff", folder, "--since", "approved"), cli.stderr());
		assertTrue(cli.stdout().contains("Inga ändringar."), cli.stdout());

		String change = changeLikelihood(temporary);

		cli.run("check", folder);
		String warning = cli.stdout().lines().filter(l -> l.contains("[changed-after-approval]")).findFirst().orElse("");
		assertTrue(warning.contains("warning: /review[0]: the assessment changed after the DPO approved it on 2026-11-24"), cli.stdout());

		assertEquals(0, cli.run("diff", folder, "--since", "approved"), cli.stderr());
		assertTrue(cli.stdout().contains("Ändrad: risk " + RISK + " \"Kameran i sovrummet fångar mer än tillsynen kräver\""), cli.stdout());
		assertTrue(cli.stdout().contains("   sannolikhet: " + change), cli.stdout());

		assertEquals(0, cli.run("diff", folder, "--since", "approved", "--lang", "en"), cli.stderr());
		assertTrue(cli.stdout().contains("Changed: risk " + RISK), cli.stdout());
		assertTrue(cli.stdout().contains("   likelihood: " + change), cli.stdout());
	}

	@Test
	void approvingAgainClearsTheWarning(@TempDir Path temporary) throws Exception {
		String folder = copyOfExample(temporary).toString();
		cli.run("approve", folder, "--by", "Dana", "--date", "2026-11-01");
		changeLikelihood(temporary);

		assertEquals(0, cli.run("approve", folder, "--by", "Dana", "--date", "2026-11-24", "--opinion", "Godtagbar"), cli.stderr());

		cli.run("check", folder);
		assertFalse(cli.stdout().contains("changed-after-approval"), cli.stdout());
		assertEquals(0, cli.run("diff", folder, "--since", "approved"), cli.stderr());
		assertTrue(cli.stdout().contains("Inga ändringar."), cli.stdout());
	}

	@Test
	void diffSinceAGitRevisionNamesWhatChangedSinceThatCommit(@TempDir Path repository) throws Exception {
		Path folder = Files.createDirectories(repository.resolve("bedomning"));
		copyOfExample(folder);
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(".").call();
			PersonIdent ident = new PersonIdent("Anna Andersson", "anna@example.se", Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC);
			git.commit().setMessage("Bedömningen som den lämnades till nämnden").setAuthor(ident).setCommitter(ident).call();
		}
		String change = changeLikelihood(folder);
		Files.writeString(folder.resolve("kameratillsyn.regler"), "\n// ny kommentar\n", java.nio.file.StandardOpenOption.APPEND);

		assertEquals(0, cli.run("diff", folder.toString(), "--since", "main", "--lang", "en"), cli.stderr());

		assertTrue(cli.stdout().startsWith("Changes in "), cli.stdout());
		assertTrue(cli.stdout().contains("Changed: risk " + RISK), cli.stdout());
		assertTrue(cli.stdout().contains("   likelihood: " + change), cli.stdout());
		assertTrue(cli.stdout().contains("Changed: kameratillsyn.regler (2 lines added, 0 removed)"), cli.stdout());
		assertTrue(cli.stdout().contains("   + // ny kommentar"), cli.stdout());

		assertEquals(1, cli.run("diff", folder.toString(), "--since", "no-such-revision"));
		assertTrue(cli.stderr().contains("no revision 'no-such-revision'"), cli.stderr());
	}

	@Test
	void diffFailsWhenThereIsNothingToCompareWith(@TempDir Path temporary) throws Exception {
		String folder = copyOfExample(temporary).toString();

		assertEquals(1, cli.run("diff", folder, "--since", "approved"));
		assertTrue(cli.stderr().contains("has no DPO approval yet; approve it first with ./dpia approve"), cli.stderr());

		assertEquals(1, cli.run("diff", folder, "--since", "HEAD~1"));
		assertTrue(cli.stderr().contains("is not inside a git repository"), cli.stderr());
	}

	@Test
	void wrongUsageExitsTwo(@TempDir Path temporary) throws Exception {
		String folder = copyOfExample(temporary).toString();

		assertEquals(2, cli.run("diff", folder));
		assertTrue(cli.stderr().contains("--since approved"), cli.stderr());
		assertEquals(2, cli.run("approve", folder));
		assertTrue(cli.stderr().contains("--by"), cli.stderr());
		assertEquals(2, cli.run("approve", folder, "--by", "Dana", "--date", "24/11/2026"));
		assertTrue(cli.stderr().contains("YYYY-MM-DD"), cli.stderr());
	}

	@Test
	void helpListsTheNewCommands() {
		assertEquals(0, cli.run("--help"));
		assertTrue(cli.stdout().contains("approve [DIR] --by"), cli.stdout());
		assertTrue(cli.stdout().contains("diff [DIR] --since approved|REV"), cli.stdout());
	}
}
