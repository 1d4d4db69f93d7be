package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import se.dpia.model.Assessment;
import se.dpia.model.Mitigation;
import se.dpia.model.Risk;
import se.dpia.model.RiskKind;

/**
 * The documents as Word files ({@code generate --format docx}), read back with Apache POI inside the OSGi runtime
 * (this is where xmlbeans must find the OOXML schemas): the report's headings in order with Word's heading styles,
 * its tables with their header rows and text, the heat maps and the data-flow diagram as PNG pictures.
 */
class OfficeDocumentsTest {

	/** target/docx of this test bundle: the example's documents as PDF and Word files, kept after the build. */
	private static final Path SAMPLES = DpiaReportTest.ROOT.resolve("bundles/se.dpia.documents.tests/target/docx");

	@ParameterizedTest
	@EnumSource(Language.class)
	void theReportsHeadingsAreWordHeadingsInTheTemplatesOrder(Language language) throws Exception {
		// kept in target/docx beside the PDFs, where a person can open them
		Path out = SAMPLES.resolve(language.code());
		generate(language, OutputFormat.BOTH, out);
		String template = template(language);
		try (XWPFDocument report = open(out.resolve(report(language)))) {
			List<String> level1 = headings(report, 1);
			assertEquals(List.of(tag(template, "h1").get(0)), level1, "the title is the one Heading 1");
			// the chapters as the template lists them (the appendix only when the example has project risks)
			List<String> chapters = tag(template, "h2").stream().filter(h -> Character.isDigit(h.charAt(0))).toList();
			assertEquals(10, chapters.size(), chapters.toString());
			assertEquals(chapters, headings(report, 2).stream().filter(h -> Character.isDigit(h.charAt(0))).toList());
			List<String> sections = tag(template, "h3").stream().filter(h -> h.matches("\\d+\\.\\d+ .*")).toList();
			assertEquals(sections, headings(report, 3).stream().filter(sections::contains).toList(),
					"the numbered sections, in order");
			assertTrue(sections.size() > 15, sections.toString());
			for (int level = 1; level <= 4; level++) {
				XWPFStyle style = report.getStyles().getStyle("Heading" + level);
				assertNotNull(style, "Heading " + level + " is defined");
				assertEquals("heading " + level, style.getName(), "Word's own name, so Word treats it as its heading");
				assertEquals(level - 1, style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue(),
						"the outline level the navigation pane and the table of contents read");
			}
			assertTrue(paragraphs(report).stream().anyMatch(p -> p.getCTP().xmlText().contains("TOC \\o")),
					"a table-of-contents field Word can update");
		}
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void theActionPlanAndTheRiskRegisterAreWordTablesWithTheirText(Language language, @TempDir Path out) throws Exception {
		generate(language, OutputFormat.DOCX, out);
		Assessment assessment = ExampleFolder.load().assessment();
		String template = template(language);
		try (XWPFDocument report = open(out.resolve(report(language)))) {
			// the action plan: its header row as in the template, repeated on each page, then one row per measure
			List<String> header = headerOf(template, "cols-actions");
			XWPFTable actions = tableWithHeader(report, header);
			assertTrue(actions.getRow(0).isRepeatHeader(), "the header row repeats on each page");
			assertFalse(actions.getRow(1).isRepeatHeader());
			List<String> measures = new ArrayList<>();
			for (XWPFTableRow row : actions.getRows().subList(1, actions.getRows().size())) {
				measures.add(row.getCell(1).getText());
			}
			List<Mitigation> mitigations = assessment.getMitigations();
			assertEquals(mitigations.size(), measures.size(), measures.toString());
			assertTrue(mitigations.stream().anyMatch(m -> m.getName().matches(".*[åäöÅÄÖ].*")), "the example has å, ä or ö");
			for (int i = 0; i < mitigations.size(); i++) {
				assertTrue(measures.get(i).startsWith(mitigations.get(i).getName()), measures.get(i));
			}
			// the screening table too has a repeating header row
			assertTrue(tableWithHeader(report, headerOf(template, "cols-screening")).getRow(0).isRepeatHeader());

			// the risk register: a Heading 4 per risk, then its facts as a table with the description in it
			List<String> risks = headings(report, 4);
			for (Risk risk : assessment.getRisks()) {
				if (risk.getKind() == RiskKind.PROJEKT || risk.getName() == null) {
					continue;
				}
				assertTrue(risks.stream().anyMatch(h -> h.endsWith(" " + risk.getName())), risk.getName() + " in " + risks);
				XWPFTable facts = tableAfter(report, risk.getName());
				assertEquals(language == Language.SV ? "Beskrivning" : "Description", facts.getRow(0).getCell(0).getText());
				if (risk.getDescription() != null) {
					assertEquals(risk.getDescription().strip().replaceAll("\\s+", " "),
							facts.getRow(0).getCell(1).getText().replaceAll("\\s+", " "));
				}
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void theHeatMapsAndTheDataFlowDiagramArePngPictures(Language language, @TempDir Path out) throws Exception {
		generate(language, OutputFormat.DOCX, out);
		try (XWPFDocument report = open(out.resolve(report(language)))) {
			List<XWPFPicture> pictures = new ArrayList<>();
			for (XWPFParagraph paragraph : paragraphs(report)) {
				for (XWPFRun run : paragraph.getRuns()) {
					pictures.addAll(run.getEmbeddedPictures());
				}
			}
			List<String> names = pictures.stream().map(p -> p.getCTPicture().getNvPicPr().getCNvPr().getName()).toList();
			assertEquals(List.of("dataflodesdiagram-1.png", "riskkarta-2.png", "riskkarta-3.png"), names,
					"the data-flow diagram (2.7), then the heat maps before and after measures (4.2)");
			for (XWPFPicture picture : pictures) {
				assertEquals(PictureType.PNG, picture.getPictureData().getPictureTypeEnum());
				byte[] png = picture.getPictureData().getData();
				BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
				assertTrue(image.getWidth() > 500 && image.getHeight() > 50, image.toString());
				assertTrue(picture.getWidth() > 0 && picture.getDepth() > 0, "a size in the document");
				assertFalse(picture.getDescription().isBlank(), "alternative text");
			}
			String before = language == Language.SV ? "Före åtgärder" : "Before measures";
			assertTrue(pictures.get(1).getDescription().startsWith(before), pictures.get(1).getDescription());
			assertTrue(pictures.get(1).getDescription().matches(".*: R\\d+.*"), "the risks of each cell: "
					+ pictures.get(1).getDescription());
		}
	}

	@Test
	void thePubAnnexesAreWordDocumentsWithTheirHeadingsAndTables(@TempDir Path out) throws Exception {
		List<Path> written = generate(Language.SV, OutputFormat.DOCX, out);
		assertTrue(written.stream().allMatch(file -> file.toString().endsWith(".docx")), written.toString());
		List<Path> annexes = written.stream().filter(f -> f.getFileName().toString().startsWith("pub-bilagor-")).toList();
		assertFalse(annexes.isEmpty(), written.toString());
		for (Path annex : annexes) {
			try (XWPFDocument document = open(annex)) {
				assertEquals(List.of("Bilagor till personuppgiftsbiträdesavtal"), headings(document, 1));
				assertTrue(headings(document, 2).stream().anyMatch(h -> h.startsWith("Bilaga I ")), headings(document, 2).toString());
				assertFalse(document.getTables().isEmpty());
				assertTrue(document.getHeaderList().get(0).getText().contains("PUB-bilagor"), "the running header");
			}
		}
	}

	@Test
	void bothWritesEachDocumentsPdfThenItsWordFileAndEveryDocumentConverts(@TempDir Path out) throws Exception {
		List<Path> written = generate(Language.EN, OutputFormat.BOTH, out);
		assertEquals(0, written.size() % 2);
		for (int i = 0; i < written.size(); i += 2) {
			String pdf = written.get(i).getFileName().toString();
			assertTrue(pdf.endsWith(".pdf"), pdf);
			assertEquals(pdf.replaceAll("\\.pdf$", ".docx"), written.get(i + 1).getFileName().toString());
			try (XWPFDocument document = open(written.get(i + 1))) {
				assertFalse(headings(document, 1).isEmpty(), written.get(i + 1) + " has a title");
			}
		}
		assertTrue(written.size() >= 20, written.toString());
	}

	@Test
	void theSameInputGivesTheSameBytes() throws Exception {
		var folder = ExampleFolder.load();
		DocumentInput input = DocumentInput.of(folder.assessment(), folder.ruleResources());
		DocumentSet documents = new DocumentSet(DpiaReportTest.BUILT_IN, Language.SV).as(OutputFormat.DOCX);
		Map<String, byte[]> first = documents.layOut(input, new GenerationProgress() { });
		Map<String, byte[]> second = documents.layOut(input, new GenerationProgress() { });
		assertEquals(first.keySet(), second.keySet());
		for (String name : first.keySet()) {
			assertArrayEquals(first.get(name), second.get(name), name);
		}
	}

	private static List<Path> generate(Language language, OutputFormat format, Path out) throws Exception {
		var folder = ExampleFolder.load();
		return new DocumentSet(DpiaReportTest.BUILT_IN, language).as(format).generate(folder.assessment(),
				folder.ruleResources(), out, file -> { });
	}

	private static String report(Language language) {
		return language == Language.SV ? "konsekvensbedomning.docx" : "dpia-report.docx";
	}

	private static XWPFDocument open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XWPFDocument(in);
		}
	}

	private static String template(Language language) throws IOException {
		return Files.readString(DpiaReportTest.TEMPLATES.resolve("dpia-report." + language.code() + ".html"), StandardCharsets.UTF_8);
	}

	/** The fixed texts of a tag in the template (those without values). */
	private static List<String> tag(String template, String tag) {
		List<String> texts = new ArrayList<>();
		Matcher matcher = Pattern.compile("<" + tag + "(?: [^>]*)?>([^<{]+)</" + tag + ">").matcher(template);
		while (matcher.find()) {
			texts.add(matcher.group(1).strip());
		}
		return texts;
	}

	/** The column headings of a table class in the template. */
	private static List<String> headerOf(String template, String tableClass) {
		Matcher table = Pattern.compile("<table class=\"" + tableClass + "\">\\s*<thead><tr>(.*?)</tr></thead>").matcher(template);
		assertTrue(table.find(), tableClass);
		return tag(table.group(1), "th");
	}

	private static List<XWPFParagraph> paragraphs(XWPFDocument document) {
		return document.getParagraphs();
	}

	private static List<String> headings(XWPFDocument document, int level) {
		return document.getParagraphs().stream().filter(p -> ("Heading" + level).equals(p.getStyle()))
				.map(XWPFParagraph::getText).map(String::strip).toList();
	}

	private static XWPFTable tableWithHeader(XWPFDocument document, List<String> header) {
		for (XWPFTable table : document.getTables()) {
			List<String> first = table.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList();
			if (first.equals(header)) {
				return table;
			}
		}
		throw new AssertionError("no table with the header " + header);
	}

	/** The first table after the Heading 4 that ends with a name. */
	private static XWPFTable tableAfter(XWPFDocument document, String name) {
		boolean found = false;
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph && "Heading4".equals(paragraph.getStyle())
					&& paragraph.getText().strip().endsWith(" " + name)) {
				found = true;
			} else if (found && element instanceof XWPFTable table) {
				return table;
			}
		}
		throw new AssertionError("no table after the heading of " + name);
	}
}
