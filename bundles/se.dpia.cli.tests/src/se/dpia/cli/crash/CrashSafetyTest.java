package se.dpia.cli.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.documents.DocumentSet;
import se.dpia.documents.Language;
import se.dpia.model.Assessment;
import se.dpia.model.io.AssessmentFiles;

/**
 * Kills the document generator and the model's save at random moments, in a child JVM, and checks that every file
 * is then either the old one or the complete new one, byte for byte, never a part: generated PDFs load with PDFBox
 * and the model loads. The delays are drawn (seed {@code -Ddpia.crash.seed}) between 0 and the time the child takes
 * for one round of its work after start-up, so kills land before, during and between writes. 20 generation runs and 30 save runs
 * by default ({@code -Ddpia.crash.runs=N} gives N of each).
 */
class CrashSafetyTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));
	private static final long SEED = Long.getLong("dpia.crash.seed", 20261125L);

	private static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
			    id="test" name="%s" version="1.0">
			  <parties id="lev" name="Leverantören AB" role="personuppgiftsbiträde"/>
			  <risks id="R1" name="Obehörig tittar" likelihood="2" severity="2"/>
			  <revisions version="1.0" date="2026-01-01"/>
			</dpia:Assessment>
			""";

	@TempDir
	Path work;

	private final ChildJvm jvm = new ChildJvm();

	@Test
	void aKilledGeneratorLeavesEachDocumentOldOrCompleteNeverPartial() throws Exception {
		Path a = Files.writeString(work.resolve("a.dpia"), MODEL.formatted("Kameratillsyn, version A"));
		Path b = Files.writeString(work.resolve("b.dpia"), MODEL.formatted("Kameratillsyn, version B"));
		Path templates = ROOT.resolve("templates");
		Map<String, byte[]> ofA = generated(a, templates, work.resolve("expected-a"));
		Map<String, byte[]> ofB = generated(b, templates, work.resolve("expected-b"));
		assertEquals(ofA.keySet(), ofB.keySet());
		assertTrue(ofA.size() >= 2, "the report and the PUB annexes: " + ofA.keySet());
		Path out = work.resolve("out");
		generated(a, templates, out);

		long round = timeOf(jvm, jvm.start(work.resolve("once.log"), "generate", out.toString(), templates.toString(),
				a.toString(), b.toString(), "--once"), work.resolve("once.log"));
		Random random = new Random(SEED);
		int runs = Integer.getInteger("dpia.crash.runs", 20);
		int mixed = 0;
		for (int run = 0; run < runs; run++) {
			Path log = work.resolve("generate-" + run + ".log");
			int fromA = 0;
			killAfter(jvm.start(log, "generate", out.toString(), templates.toString(), a.toString(), b.toString()),
					random.nextLong(round + 1), log);
			for (Map.Entry<String, byte[]> document : ofA.entrySet()) {
				byte[] now = Files.readAllBytes(out.resolve(document.getKey()));
				if (!Arrays.equals(now, document.getValue()) && !Arrays.equals(now, ofB.get(document.getKey()))) {
					fail("run " + run + ": " + document.getKey() + " is neither the old nor the new document (" + now.length + " bytes)");
				}
				try (PDDocument pdf = Loader.loadPDF(now)) {
					assertTrue(pdf.getNumberOfPages() > 0);
				}
				fromA += Arrays.equals(now, document.getValue()) ? 1 : 0;
			}
			assertEquals(ofA.keySet(), visibleFiles(out), "run " + run + ": no other file under a real name");
			mixed += fromA > 0 && fromA < ofA.size() ? 1 : 0;
		}
		System.out.println("CrashSafetyTest: " + runs + " generators killed within " + round + " ms; " + mixed
				+ " left documents of both versions; every document old or new, " + hidden(out)
				+ " temporary files left");
	}

	@Test
	void aKilledSaveLeavesTheOldOrTheNewModelNeverPart() throws Exception {
		Path model = work.resolve("assessment.dpia");
		try (Writer text = Files.newBufferedWriter(model)) {
			text.write(MODEL.formatted("x").replace("</dpia:Assessment>", ""));
			for (int i = 2; i < 3000; i++) {
				text.write("  <risks id=\"R" + i + "\" name=\"Risk nummer " + i + " med ett namn som tar plats\" likelihood=\"2\" severity=\"3\"/>\n");
			}
			text.write("</dpia:Assessment>\n");
		}
		byte[] asA = saved(model, "Version A");
		byte[] asB = saved(model, "Version B");

		long round = timeOf(jvm, jvm.start(work.resolve("once.log"), "save", model.toString(), "Version A", "Version B", "--once"),
				work.resolve("once.log"));
		Random random = new Random(SEED + 1);
		int runs = Integer.getInteger("dpia.crash.runs", 30);
		int changes = 0;
		byte[] previous = Files.readAllBytes(model);
		for (int run = 0; run < runs; run++) {
			Path log = work.resolve("save-" + run + ".log");
			killAfter(jvm.start(log, "save", model.toString(), "Version A", "Version B"), random.nextLong(round + 1), log);
			byte[] now = Files.readAllBytes(model);
			if (!Arrays.equals(now, asA) && !Arrays.equals(now, asB)) {
				fail("run " + run + ": the model is neither version (" + now.length + " bytes)");
			}
			changes += Arrays.equals(now, previous) ? 0 : 1;
			previous = now;
			Assessment loaded = AssessmentFiles.load(model);
			assertTrue(loaded.getName().startsWith("Version "), loaded.getName());
			assertEquals(List.of(model.getFileName().toString()), List.copyOf(visibleFiles(work).stream()
					.filter(name -> name.endsWith(".dpia")).toList()));
		}
		System.out.println("CrashSafetyTest: " + runs + " saves killed within " + round + " ms; the model changed in "
				+ changes + " of them and was always one whole version; " + hidden(work) + " temporary files left");
	}

	private static long hidden(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
		}
	}

	/** The documents of a model, written in this JVM, by name. */
	private static Map<String, byte[]> generated(Path model, Path templates, Path out) throws Exception {
		Map<String, byte[]> files = new HashMap<>();
		for (Path file : new DocumentSet(templates, Language.SV).generate(AssessmentFiles.load(model), out, f -> {
		})) {
			files.put(file.getFileName().toString(), Files.readAllBytes(file));
		}
		return files;
	}

	/** The model file's bytes when saved in this JVM under the name. */
	private static byte[] saved(Path model, String name) throws Exception {
		Assessment assessment = AssessmentFiles.load(model);
		assessment.setName(name);
		AssessmentFiles.save(assessment.eResource(), model);
		return Files.readAllBytes(model);
	}

	/** How long a child takes for one round after start-up, in milliseconds. */
	private static long timeOf(ChildJvm jvm, Process child, Path log) throws Exception {
		long start = System.nanoTime();
		int exit = child.waitFor();
		assertEquals(0, exit, "the child ran (" + jvm.description() + "): " + Files.readString(log));
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
	}

	/** Lets the child work up to {@code millis}, then kills it as a power cut or kill -9 would. */
	private static void killAfter(Process child, long millis, Path log) throws Exception {
		if (!child.waitFor(millis, TimeUnit.MILLISECONDS)) {
			child.destroyForcibly();
			child.waitFor();
		} else {
			fail("the child ended by itself: " + Files.readString(log));
		}
	}

	/** The files of a folder that are not hidden (a killed write may leave a hidden temporary file, never a real name). */
	private static java.util.Set<String> visibleFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return new java.util.TreeSet<>(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
					.filter(name -> !name.startsWith(".")).toList());
		}
	}
}
