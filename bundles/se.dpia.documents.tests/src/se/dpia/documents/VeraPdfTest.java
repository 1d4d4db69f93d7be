package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates every kind of generated PDF with veraPDF: PDF/A-2u and PDF/UA-1. veraPDF runs in a plain JVM started
 * from here (its jars are copied to target/verapdf by this bundle's pom.xml; the small checker is
 * verapdf/VeraPdfCheck.java, run as a single-file program), because veraPDF needs JAXB and its own class lookup,
 * which do not work inside the OSGi test runtime without wrapping a dozen jars.
 */
class VeraPdfTest {

	private static final Path BUNDLE = DpiaReportTest.ROOT.resolve("bundles/se.dpia.documents.tests");
	private static List<Path> pdfs;

	@BeforeAll
	static void writeSamples() throws Exception {
		pdfs = SamplePdfs.write();
		assertTrue(pdfs.size() >= 5, "report and PUB annexes, Swedish and English, and the bundled example's report");
		for (String kind : List.of("pub-bilagor-", "pub-avtal-", "dpa-annexes-", "dpa-")) {
			assertTrue(pdfs.stream().anyMatch(pdf -> pdf.getFileName().toString().startsWith(kind)), kind + " among " + pdfs);
		}
	}

	@Test
	void everyDocumentIsPdfA2u() throws Exception {
		List<String> report = veraPdf("2u");
		assertTrue(report.stream().noneMatch(line -> line.startsWith("FAIL") || line.startsWith("RULE")),
				String.join("\n", report));
		assertEquals(pdfs.size(), report.stream().filter(line -> line.startsWith("PASS")).count(), String.join("\n", report));
	}

	@Test
	void everyDocumentIsPdfUa1() throws Exception {
		List<String> report = veraPdf("ua1");
		assertTrue(report.stream().noneMatch(line -> line.startsWith("FAIL") || line.startsWith("RULE")),
				String.join("\n", report));
		assertEquals(pdfs.size(), report.stream().filter(line -> line.startsWith("PASS")).count(), String.join("\n", report));
	}

	private static List<String> veraPdf(String flavour) throws IOException, InterruptedException {
		Path jars = BUNDLE.resolve("target/verapdf");
		String classpath;
		try (Stream<Path> files = Files.list(jars)) {
			classpath = files.map(Path::toString).sorted().collect(Collectors.joining(java.io.File.pathSeparator));
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", classpath, BUNDLE.resolve("verapdf/VeraPdfCheck.java").toString(), flavour));
		pdfs.forEach(pdf -> command.add(pdf.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), "veraPDF ran: " + out + err);
		Files.writeString(SamplePdfs.FOLDER.resolve("verapdf-" + flavour + ".txt"), out);
		return out.lines().toList();
	}
}
