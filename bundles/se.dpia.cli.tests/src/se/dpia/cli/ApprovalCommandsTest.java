package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

	private ByteArrayOutputStream out = new ByteArrayOutputStream();
	private ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				new Defaults(EXAMPLE, ROOT.resolve("templates"))).run(args);
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

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

		assertEquals(0, run("approve", folder, "--by", "Dana Dataskyddsombud", "--date", "2026-11-24"), stderr());
		assertTrue(stdout().contains("Godkänd av Dana Dataskyddsombud 2026-11-24: innehåll sha256:"), stdout());
		assertTrue(Files.isRegularFile(temporary.resolve(".approved/assessment.dpia")));
		assertTrue(Files.isRegularFile(temporary.resolve(".approved/kameratillsyn.regler")));

		run("check", folder);
		assertFalse(stdout().contains("changed-after-approval"), stdout());
		assertEquals(0, run("diff", folder, "--since", "approved"), stderr());
		assertTrue(stdout().contains("Inga ändringar."), stdout());

		String change = changeLikelihood(temporary);

		run("check", folder);
		String warning = stdout().lines().filter(l -> l.contains("[changed-after-approval]")).findFirst().orElse("");
		assertTrue(warning.contains("warning: the assessment changed after the DPO approved it on 2026-11-24"), stdout());

		assertEquals(0, run("diff", folder, "--since", "approved"), stderr());
		assertTrue(stdout().contains("Ändrad: risk " + RISK + " \"Kameran i sovrummet fångar mer än tillsynen kräver\""), stdout());
		assertTrue(stdout().contains("   sannolikhet: " + change), stdout());

		assertEquals(0, run("diff", folder, "--since", "approved", "--lang", "en"), stderr());
		assertTrue(stdout().contains("Changed: risk " + RISK), stdout());
		assertTrue(stdout().contains("   likelihood: " + change), stdout());
	}

	@Test
	void approvingAgainClearsTheWarning(@TempDir Path temporary) throws Exception {
		String folder = copyOfExample(temporary).toString();
		run("approve", folder, "--by", "Dana", "--date", "2026-11-01");
		changeLikelihood(temporary);

		assertEquals(0, run("approve", folder, "--by", "Dana", "--date", "2026-11-24", "--opinion", "Godtagbar"), stderr());

		run("check", folder);
		assertFalse(stdout().contains("changed-after-approval"), stdout());
		assertEquals(0, run("diff", folder, "--since", "approved"), stderr());
		assertTrue(stdout().contains("Inga ändringar."), stdout());
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

		assertEquals(0, run("diff", folder.toString(), "--since", "main", "--lang", "en"), stderr());

		assertTrue(stdout().startsWith("Changes in "), stdout());
		assertTrue(stdout().contains("Changed: risk " + RISK), stdout());
		assertTrue(stdout().contains("   likelihood: " + change), stdout());
		assertTrue(stdout().contains("Changed: kameratillsyn.regler (2 lines added, 0 removed)"), stdout());
		assertTrue(stdout().contains("   + // ny kommentar"), stdout());

		assertEquals(1, run("diff", folder.toString(), "--since", "no-such-revision"));
		assertTrue(stderr().contains("no revision 'no-such-revision'"), stderr());
	}

	@Test
	void diffFailsWhenThereIsNothingToCompareWith(@TempDir Path temporary) throws Exception {
		String folder = copyOfExample(temporary).toString();

		assertEquals(1, run("diff", folder, "--since", "approved"));
		assertTrue(stderr().contains("has no DPO approval yet; approve it first with ./dpia approve"), stderr());

		assertEquals(1, run("diff", folder, "--since", "HEAD~1"));
		assertTrue(stderr().contains("is not inside a git repository"), stderr());
	}

	@Test
	void wrongUsageExitsTwo(@TempDir Path temporary) throws Exception {
		String folder = copyOfExample(temporary).toString();

		assertEquals(2, run("diff", folder));
		assertTrue(stderr().contains("--since approved"), stderr());
		assertEquals(2, run("approve", folder));
		assertTrue(stderr().contains("--by"), stderr());
		assertEquals(2, run("approve", folder, "--by", "Dana", "--date", "24/11/2026"));
		assertTrue(stderr().contains("YYYY-MM-DD"), stderr());
	}

	@Test
	void helpListsTheNewCommands() {
		assertEquals(0, run("--help"));
		assertTrue(stdout().contains("approve [DIR] --by"), stdout());
		assertTrue(stdout().contains("diff [DIR] --since approved|REV"), stdout());
	}
}
