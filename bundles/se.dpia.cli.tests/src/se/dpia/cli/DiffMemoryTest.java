package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.cli.crash.ChildJvm;

/**
 * {@code ./dpia diff --since approved} on a 25,000-line rule file (a third of the 1 MB limit) with one changed line,
 * in a JVM whose heap is limited to 512 MiB: the whole command, loading and comparing, fits (the quadratic table it
 * once built needed 2.5 GB).
 */
class DiffMemoryTest {

	private final CommandLine cli = new CommandLine();

	@Test
	void diffSinceApprovedOnALargeRuleFileWithOneChangedLineRunsIn512MiB(@TempDir Path parent) throws Exception {
		Path folder = parent.resolve("stor");
		assertEquals(0, cli.run("new", folder.toString(), "--empty"), cli.stderr());
		StringBuilder rules = new StringBuilder();
		for (int i = 0; i < 25_000; i++) {
			rules.append("// rad ").append(i).append(" i en stor regelfil\n");
		}
		Path file = folder.resolve("stor.regler");
		Files.writeString(file, rules);
		assertTrue(Files.size(file) > 1_000_000 / 3, "a third of the 1 MB limit: " + Files.size(file));
		assertEquals(0, cli.run("approve", folder.toString(), "--by", "Dana Dataskyddsombud", "--date", "2026-12-02"), cli.stderr());
		Files.writeString(file, rules.toString().replace("// rad 12345 i en", "// rad 12345 ändrad i en"));

		ProcessBuilder child = new ChildJvm().command(CliChild.class.getName(), CommandLine.ROOT.toAbsolutePath().toString(),
				"diff", folder.toString(), "--since", "approved", "--lang", "en");
		assertTrue(child.command().contains("-Xmx512m"), child.command().toString());
		Path log = parent.resolve("diff.log");
		Process process = child.redirectError(log.toFile()).start();
		String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "diff ended");

		assertEquals(0, process.exitValue(), stdout + Files.readString(log));
		List<String> changed = stdout.lines().filter(line -> line.contains("rad 12345")).toList();
		assertEquals(2, changed.size(), stdout);
		assertTrue(changed.get(0).contains("- // rad 12345 i en") && changed.get(1).contains("+ // rad 12345 ändrad i en"), changed.toString());
	}
}
