package se.dpia.app.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.cli.Cli;
import se.dpia.cli.Defaults;
import se.dpia.documents.Language;
import se.dpia.tests.ui.TestFolders;

/**
 * The workbench's Generate documents and {@code ./dpia generate} call the same API and write the same bytes for the
 * same folder, language and templates.
 */
class SameDocumentsTest {

	@Test
	void theWorkbenchAndTheCommandLineWriteByteIdenticalDocuments(@TempDir Path folder, @TempDir Path cliOut) throws Exception {
		TestFolders.copyExample("ange-trygghetskamera", folder);
		GenerateDocumentsJob job = new GenerateDocumentsJob(folder, ProductFolders.templates(), Language.SV);
		job.schedule();
		job.join();
		assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
		List<Path> fromWorkbench = job.written();
		assertFalse(fromWorkbench.isEmpty());
		for (String kind : List.of("konsekvensbedomning", "pub-bilagor-", "rutin-", "checklista-", "samtyckesblankett-", "information-")) {
			assertTrue(fromWorkbench.stream().anyMatch(file -> file.getFileName().toString().startsWith(kind)),
					kind + " among the workbench's documents: " + fromWorkbench);
		}

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				new Defaults(folder, null)).run("generate", folder.toString(), "--out", cliOut.toString(), "--lang", "sv");
		assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
		List<Path> fromCommandLine = out.toString(StandardCharsets.UTF_8).lines().map(Path::of).toList();

		assertEquals(fromWorkbench.stream().map(Path::getFileName).toList(), fromCommandLine.stream().map(Path::getFileName).toList());
		for (int i = 0; i < fromWorkbench.size(); i++) {
			assertArrayEquals(Files.readAllBytes(fromWorkbench.get(i)), Files.readAllBytes(fromCommandLine.get(i)),
					fromWorkbench.get(i).getFileName() + " differs between the workbench and the command line");
		}
	}
}
