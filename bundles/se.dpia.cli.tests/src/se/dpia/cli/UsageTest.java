package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every command has its own help, listed in the whole help from one place; the version names the build. */
class UsageTest {

	private final CommandLine cli = new CommandLine();

	@Test
	void eachCommandHasItsOwnHelpAndTheWholeHelpListsThemAll() {
		for (Command command : Cli.commands()) {
			assertEquals(0, cli.run(command.name(), "--help"), command.name());
			String usage = cli.stdout();
			assertTrue(usage.startsWith("Usage: ./dpia " + command.name()), usage);
			assertEquals(command.usage(), usage.substring("Usage: ./dpia ".length()));
			assertEquals(0, cli.run("--help"));
			assertTrue(cli.stdout().contains(command.usage().indent(2)), command.name() + " in the whole help");
		}
	}

	@Test
	void generateHelpNamesItsOptionsAndRunsNothing() {
		assertEquals(0, cli.run("generate", "--help", "--out", "/nonexistent/never-written"));
		assertTrue(cli.stdout().contains("--templates TEMPLATES") && cli.stdout().contains("--out OUT"), cli.stdout());
		assertEquals("", cli.stderr());
	}

	@Test
	void versionNamesTheReleaseAndTheBuild() {
		assertEquals(0, cli.run("--version"));
		String version = cli.stdout().strip();
		assertTrue(version.matches("dpia \\d+\\.\\d+\\.\\d+ \\((built \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC|build \\S+); Java \\d+\\)"), version);
		assertFalse(version.contains("0.0.0"), "the bundle's own version, not an empty one: " + version);
	}

	@Test
	void theBuildDateComesFromTheQualifier() {
		assertEquals("built 2026-12-02 14:05 UTC", ProductVersion.built("202612021405"));
		assertEquals("build SNAPSHOT", ProductVersion.built("SNAPSHOT"));
		assertEquals("build date unknown", ProductVersion.built(""));
	}
}
