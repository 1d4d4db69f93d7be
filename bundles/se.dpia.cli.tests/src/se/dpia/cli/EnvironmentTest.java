package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.cli.crash.ChildJvm;

/** The command line works whatever the environment it is started in. */
class EnvironmentTest {

	@Test
	void generateWritesTheExampleWithLangAndLcAllUnset(@TempDir Path out) throws Exception {
		ProcessBuilder child = new ChildJvm().command(CliChild.class.getName(),
				CommandLine.ROOT.toAbsolutePath().toString(), "generate", "--out", out.toString());
		Map<String, String> environment = child.environment();
		environment.keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_") || name.equals("LANGUAGE"));
		Path log = out.resolveSibling(out.getFileName() + ".log");
		child.redirectError(log.toFile());

		Process process = child.start();
		String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "generate ended");
		String stderr = Files.readString(log);

		// the point of the test: the JVM can only name files in ASCII
		assertTrue(stderr.contains("sun.jnu.encoding=ANSI_X3.4-1968"), stderr);
		assertEquals(0, process.exitValue(), stderr);
		List<String> written = stdout.lines().toList();
		assertTrue(written.size() >= 10, stdout);
		for (String line : written) {
			assertTrue(Files.isRegularFile(Path.of(line)), line);
		}
		assertTrue(written.stream().anyMatch(line -> line.endsWith("rutin-Hemtjanst_natt.pdf")), stdout);
	}
}
