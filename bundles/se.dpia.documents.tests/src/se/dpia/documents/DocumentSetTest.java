package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSetTest {

	@Test
	void aTemplateErrorLeavesTheOutputFolderAsItWas(@TempDir Path templates, @TempDir Path out) throws Exception {
		for (String file : new String[] { "texts.sv.properties", "dokument.css", "dpia-report.sv.html" }) {
			Files.copy(DpiaReportTest.TEMPLATES.resolve(file), templates.resolve(file));
		}
		// the report is fine, the annexes' template asks for a value no document gives
		Files.writeString(templates.resolve("pub-annexes.sv.html"), "<html><body>\n<p>{{leverantörsnamn}}</p></body></html>");
		Files.writeString(out.resolve("konsekvensbedomning.pdf"), "earlier output");

		TemplateException error = assertThrows(TemplateException.class,
				() -> new DocumentSet(templates, Language.SV).generate(TestAssessments.camera(), out, p -> { }));

		assertTrue(error.getMessage().contains("pub-annexes.sv.html:2"), error.getMessage());
		assertTrue(error.getMessage().contains("'leverantörsnamn'"), error.getMessage());
		assertEquals("earlier output", Files.readString(out.resolve("konsekvensbedomning.pdf")));
		try (var files = Files.list(out)) {
			assertEquals(1, files.count(), "nothing new is written");
		}
	}

	@Test
	void tellsOneUnitPerFileAndTheCountBeforehand(@TempDir Path out) throws Exception {
		var folder = ExampleFolder.load();
		List<Integer> totals = new ArrayList<>();
		List<Path> laidOut = new ArrayList<>();
		List<Path> written = new DocumentSet(DpiaReportTest.BUILT_IN, Language.EN).generate(folder.assessment(),
				folder.ruleResources(), out, new GenerationProgress() {
					@Override
					public void begin(int files) {
						totals.add(files);
					}

					@Override
					public void laidOut(Path file) {
						laidOut.add(file);
					}
				});
		assertEquals(List.of(written.size()), totals, "the number of files is told once, before the work");
		assertEquals(written, laidOut, "one unit of work per file, in the order written");
	}

	@Test
	void documentsLaidOutInParallelAreByteForByteThoseLaidOutOneAfterTheOther() throws Exception {
		var folder = ExampleFolder.load();
		DocumentInput input = DocumentInput.of(folder.assessment(), folder.ruleResources());
		Map<String, byte[]> serial = new DocumentSet(DpiaReportTest.BUILT_IN, Language.SV, 1).layOut(input,
				new GenerationProgress() { });
		List<String> told = new ArrayList<>();
		// more threads than the machine has cores, so documents overlap even on one core
		Map<String, byte[]> parallel = new DocumentSet(DpiaReportTest.BUILT_IN, Language.SV, 4).layOut(input,
				new GenerationProgress() {
					@Override
					public void laidOut(Path file) {
						told.add(file.toString());
					}
				});
		assertTrue(serial.size() >= 10, serial.keySet().toString());
		assertEquals(List.copyOf(serial.keySet()), List.copyOf(parallel.keySet()), "the same files in the same order");
		assertEquals(List.copyOf(serial.keySet()), told, "the progress hears of each file in order");
		for (String name : serial.keySet()) {
			assertArrayEquals(serial.get(name), parallel.get(name), name + " differs between serial and parallel layout");
		}
	}

	@Test
	void cancellingDuringAParallelLayoutWritesNothing(@TempDir Path out) throws Exception {
		var folder = ExampleFolder.load();
		List<Path> laidOut = new ArrayList<>();
		assertThrows(CancellationException.class, () -> new DocumentSet(DpiaReportTest.BUILT_IN, Language.SV, 4)
				.generate(DocumentInput.of(folder.assessment(), folder.ruleResources()), out, new GenerationProgress() {
					@Override
					public void laidOut(Path file) {
						laidOut.add(file);
					}

					@Override
					public boolean isCancelled() {
						return laidOut.size() == 3;
					}
				}));
		assertEquals(3, laidOut.size(), "the progress hears of no document after the cancel");
		try (var files = Files.list(out)) {
			assertEquals(0, files.count(), "no file is written");
		}
	}

	@Test
	void cancellingBetweenDocumentsWritesNothing(@TempDir Path out) throws Exception {
		var folder = ExampleFolder.load();
		List<Path> laidOut = new ArrayList<>();
		assertThrows(CancellationException.class, () -> new DocumentSet(DpiaReportTest.BUILT_IN, Language.SV)
				.generate(folder.assessment(), folder.ruleResources(), out, new GenerationProgress() {
					@Override
					public void laidOut(Path file) {
						laidOut.add(file);
					}

					@Override
					public boolean isCancelled() {
						return laidOut.size() == 2;
					}
				}));
		assertEquals(2, laidOut.size(), "generation stops at the next document after the cancel");
		try (var files = Files.list(out)) {
			assertEquals(0, files.count(), "no file is written, not even the two laid out");
		}
	}

	@Test
	void aDocumentThatCannotBeWrittenLeavesTheWholeOldSetAndNoTemporaryFile(@TempDir Path out) throws Exception {
		DocumentSet documents = new DocumentSet(DpiaReportTest.BUILT_IN, Language.SV);
		List<Path> files = documents.generate(TestAssessments.camera(), out, p -> { });
		assertTrue(files.size() >= 2, files.toString());
		Files.writeString(files.get(0), "earlier output");
		Files.delete(files.get(1));
		Files.createDirectories(files.get(1)); // a folder with the second document's name is in the way
		Path leftOver = out.resolve("." + files.get(0).getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
		Files.writeString(leftOver, "left by a crash");

		java.io.IOException refusal = assertThrows(java.io.IOException.class,
				() -> documents.generate(TestAssessments.camera(), out, p -> { }));

		assertTrue(refusal.getMessage().contains("is a folder, in the way"), refusal.getMessage());
		assertEquals("earlier output", Files.readString(files.get(0)), "not one new document beside old ones");
		try (var names = Files.list(out)) {
			assertEquals(List.of(), names.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
					"no temporary file, and the crash's is swept");
		}

		Files.delete(files.get(1));
		assertEquals(files, documents.generate(TestAssessments.camera(), out, p -> { }));
		assertTrue(Files.readString(files.get(0), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
	}

	@Test
	void anOutputPathThatIsAFileIsRefusedBeforeTheLayout(@TempDir Path work) throws Exception {
		Path file = Files.writeString(work.resolve("a-file"), "not a folder");
		List<Integer> begun = new ArrayList<>();

		java.io.IOException refusal = assertThrows(java.io.IOException.class, () -> new DocumentSet(DpiaReportTest.BUILT_IN,
				Language.SV).generate(DocumentInput.of(TestAssessments.camera()), file, new GenerationProgress() {
					@Override
					public void begin(int files) {
						begun.add(files);
					}
				}));

		assertTrue(refusal.getMessage().contains("is a file, not a folder"), refusal.getMessage());
		assertEquals(List.of(), begun, "refused before the layout began");
	}
}
