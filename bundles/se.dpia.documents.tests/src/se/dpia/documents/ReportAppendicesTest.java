package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.documents.ReportAppendices.Register;
import se.dpia.model.Assessment;

/**
 * A register too long for one document (data flows, risks, project risks, action plan) moves from the DPIA report
 * into appendix files of bounded size, and the report says which file holds which entries. The bound is what keeps
 * the memory of generation bounded: the layout engine holds a whole document until it is saved.
 */
class ReportAppendicesTest {

	@TempDir
	Path out;

	@Test
	void theBundledExampleStaysOneReport() throws Exception {
		var folder = ExampleFolder.load();
		List<DocumentKind.Output> outputs = new DpiaReport().outputs(folder.assessment(),
				DocumentInput.ruleFiles(folder.ruleResources()), Texts.load(DpiaReportTest.BUILT_IN, Language.SV));
		assertEquals(List.of("konsekvensbedomning.pdf"), outputs.stream().map(DocumentKind.Output::fileName).toList());
		for (Register register : Register.values()) {
			assertEquals(false, outputs.get(0).values().get(register.key() + "Moved"), register.key());
		}
	}

	@Test
	void noDocumentHoldsMoreEntriesOfARegisterThanItsPartSize() throws Exception {
		// each register longer than its part: 250 risks, 101 flows, 1,001 measures, 101 project risks
		Assessment assessment = TestAssessments.withRegisters(250, 101, 1001, 101);
		List<DocumentKind.Output> outputs = new DpiaReport().outputs(assessment, List.of(),
				Texts.load(DpiaReportTest.BUILT_IN, Language.SV));

		Map<String, Object> report = outputs.get(0).values();
		for (DocumentKind.Output output : outputs) {
			for (Register register : Register.values()) {
				int entries = ((List<?>) output.values().get(register.key())).size();
				assertTrue(entries <= register.perDocument(), output.fileName() + " holds " + entries + " "
						+ register.key() + ", more than " + register.perDocument());
			}
		}
		assertEquals(List.of(), report.get("risks"), "the report lists no risk itself");
		List<String> appendices = outputs.subList(1, outputs.size()).stream().map(DocumentKind.Output::fileName).toList();
		assertEquals(3 + 2 + 3 + 2, appendices.size(), appendices.toString());
		assertEquals(appendices, movedFiles(report), "the report names every appendix, in order");
		assertEquals(List.of("konsekvensbedomning-bilaga-datafloden-01.pdf", "konsekvensbedomning-bilaga-datafloden-02.pdf",
				"konsekvensbedomning-bilaga-riskregister-01.pdf"), appendices.subList(0, 3));
		// every entry is in exactly one appendix, in the register's order
		assertEquals(entries(outputs, "risks"), numbered("R", 1, 250));
		assertEquals(entries(outputs, "projectRisks"), numbered("P", 1, 101));
		assertEquals(entries(outputs, "actions"), numbered("A", 1, 1001));
		assertEquals(101, entries(outputs, "flows").size());
	}

	@Test
	void theReportSaysWhereItsRegistersAreAndTheAppendicesHoldThem() throws Exception {
		Assessment assessment = TestAssessments.withRegisters(5, 3, 5, 3);
		List<Path> files = new DocumentSet(DpiaReportTest.BUILT_IN, Language.SV, 2, 2).generate(
				DocumentInput.of(assessment), out, new GenerationProgress() { });
		List<String> names = files.stream().map(file -> file.getFileName().toString()).toList();
		assertEquals("konsekvensbedomning.pdf", names.get(0));
		assertEquals(List.of("konsekvensbedomning-bilaga-datafloden-01.pdf", "konsekvensbedomning-bilaga-datafloden-02.pdf",
				"konsekvensbedomning-bilaga-riskregister-01.pdf", "konsekvensbedomning-bilaga-riskregister-02.pdf",
				"konsekvensbedomning-bilaga-riskregister-03.pdf", "konsekvensbedomning-bilaga-projektrisker-01.pdf",
				"konsekvensbedomning-bilaga-projektrisker-02.pdf", "konsekvensbedomning-bilaga-handlingsplan-01.pdf",
				"konsekvensbedomning-bilaga-handlingsplan-02.pdf", "konsekvensbedomning-bilaga-handlingsplan-03.pdf"),
				names.subList(1, 11));
		String report = Pdfs.text(files.get(0)).replaceAll("\\s+", " ");
		assertTrue(report.contains("Riskregistret har 5 risker"), report);
		for (String name : names.subList(1, 11)) {
			assertTrue(report.contains(name), name + " named in the report");
		}
		assertFalse(report.contains("Risk nummer 5"), "the register itself is in the appendices");
		String third = Pdfs.text(files.get(5)).replaceAll("\\s+", " ");
		assertTrue(third.contains("Riskregister, del 3 av 3"), third);
		assertTrue(third.contains("R5 Risk nummer 5"), third);
		assertTrue(third.contains("konsekvensbedomning.pdf"), "the appendix names its report: " + third);
		String actions = Pdfs.text(files.get(10)).replaceAll("\\s+", " ");
		assertTrue(actions.contains("A5 Åtgärd nummer 5"), actions);
	}

	@Test
	void englishAppendicesHaveEnglishNames() throws Exception {
		Map<String, byte[]> laidOut = new DocumentSet(DpiaReportTest.BUILT_IN, Language.EN, 2, 2).layOut(
				DocumentInput.of(TestAssessments.withRegisters(3, 1, 2, 0)), new GenerationProgress() { });
		assertEquals(List.of("dpia-report.pdf", "dpia-report-annex-risk-register-01.pdf",
				"dpia-report-annex-risk-register-02.pdf"), List.copyOf(laidOut.keySet()).subList(0, 3));
		String report = Pdfs.text(laidOut.get("dpia-report.pdf")).replaceAll("\\s+", " ");
		assertTrue(report.contains("The risk register has 3 risks"), report);
		assertTrue(Pdfs.text(laidOut.get("dpia-report-annex-risk-register-02.pdf")).contains("Risk register, part 2 of 2"));
	}

	@Test
	void appendicesLaidOutInParallelAreByteForByteThoseLaidOutOneAfterTheOther() throws Exception {
		DocumentInput input = DocumentInput.of(TestAssessments.withRegisters(5, 3, 5, 3));
		Map<String, byte[]> serial = new DocumentSet(DpiaReportTest.BUILT_IN, Language.SV, 1, 2).layOut(input,
				new GenerationProgress() { });
		Map<String, byte[]> parallel = new DocumentSet(DpiaReportTest.BUILT_IN, Language.SV, 4, 2).layOut(input,
				new GenerationProgress() { });
		assertEquals(List.copyOf(serial.keySet()), List.copyOf(parallel.keySet()));
		for (String name : serial.keySet()) {
			assertArrayEquals(serial.get(name), parallel.get(name), name);
		}
	}

	@Test
	void countsAreGroupedAsTheLanguageWritesThem() throws Exception {
		assertEquals("10\u00a0000", ReportAppendices.count(10_000, Texts.load(DpiaReportTest.BUILT_IN, Language.SV)));
		assertEquals("2,500", ReportAppendices.count(2_500, Texts.load(DpiaReportTest.BUILT_IN, Language.EN)));
		assertEquals("250", ReportAppendices.count(250, Texts.load(DpiaReportTest.BUILT_IN, Language.EN)));
	}

	@SuppressWarnings("unchecked")
	private static List<String> movedFiles(Map<String, Object> report) {
		List<String> files = new ArrayList<>();
		for (Register register : Register.values()) {
			Object moved = report.get(register.key() + "Moved");
			if (moved instanceof Map<?, ?> map) {
				for (Map<String, Object> file : (List<Map<String, Object>>) map.get("files")) {
					files.add((String) file.get("file"));
				}
			}
		}
		return files;
	}

	@SuppressWarnings("unchecked")
	private static List<String> entries(List<DocumentKind.Output> outputs, String key) {
		List<String> ids = new ArrayList<>();
		for (DocumentKind.Output output : outputs) {
			for (Map<String, Object> entry : (List<Map<String, Object>>) output.values().get(key)) {
				ids.add(String.valueOf(entry.containsKey("id") ? entry.get("id") : entry.get("number")));
			}
		}
		return ids;
	}

	private static List<String> numbered(String prefix, int first, int last) {
		List<String> ids = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			ids.add(prefix + i);
		}
		return ids;
	}
}
