package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract that users and checks rely on. */
class CliTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));
	private static final Path EXAMPLE = ROOT.resolve("examples/ange-trygghetskamera");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		Defaults defaults = new Defaults(EXAMPLE, ROOT.resolve("templates"));
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				defaults).run(args);
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void checkOnTheCleanExampleExitsZero() {
		assertEquals(0, run("check", EXAMPLE.toString()), stdout() + err);
		assertEquals("", stdout());
	}

	@Test
	void checkPrintsARuleErrorWithPathLineColumnAndCode(@TempDir Path copy) throws IOException {
		copyFolder(EXAMPLE, copy);
		Path rules = copy.resolve("kameratillsyn.regler");
		Files.writeString(rules, Files.readString(rules).replace("gäller Trygghetskamera", "gäller Trygghetskamerra"));

		assertEquals(1, run("check", copy.toString()));

		String line = stdout().strip();
		assertTrue(line.matches(".*kameratillsyn\\.regler:2:37: error: .*Trygghetskamerra.* \\[unresolved-reference\\]"), line);
	}

	@Test
	void generatePrintsEachFileWritten(@TempDir Path output) {
		assertEquals(0, run("generate", "--out", output.toString()), err.toString());
		Path pdf = output.resolve("konsekvensbedomning.pdf");
		List<String> lines = stdout().strip().lines().toList();
		assertEquals(pdf.toString(), lines.get(0), "the report comes first");
		for (String line : lines) {
			assertTrue(Files.isRegularFile(Path.of(line)), line + " is written");
		}
	}

	@Test
	void anUnknownCommandOrOptionExitsTwoWithAClearMessage() {
		assertEquals(2, run("frobnicate"));
		assertTrue(err.toString().contains("unknown command 'frobnicate'"));
		assertEquals(2, run("generate", "--colour", "red"));
		assertTrue(err.toString().contains("unknown option '--colour'"));
		assertEquals(2, run("generate", "--lang", "fi"));
	}

	@Test
	void helpListsTheCommands() {
		assertEquals(0, run("--help"));
		assertTrue(stdout().contains("generate") && stdout().contains("check") && stdout().contains("workbench"));
	}

	private static void copyFolder(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
	}
}
