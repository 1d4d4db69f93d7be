package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.Mitigation;
import se.dpia.model.Review;
import se.dpia.model.Risk;
import se.dpia.model.io.AssessmentFiles;

class DpiaReportTest {

	static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));
	/** The top-level templates folder, where people edit them; the build copies it into the bundle. */
	static final Path TEMPLATES = ROOT.resolve("templates");
	/** The templates built into the documents bundle: what generation uses without --templates. */
	static final Templates BUILT_IN = Templates.bundled();

	@TempDir
	Path out;

	static List<Path> generate(Assessment assessment, Language language, Path out) throws Exception {
		List<Path> reported = new ArrayList<>();
		List<Path> written = new DocumentSet(BUILT_IN, language).generate(assessment, out, reported::add);
		assertEquals(written, reported, "each file is reported as it is written");
		return written;
	}

	@Test
	void theSwedishReportHasTheArt35Sections() throws Exception {
		Path pdf = generate(TestAssessments.camera(), Language.SV, out).get(0);
		assertEquals("konsekvensbedomning.pdf", pdf.getFileName().toString());
		String text = Pdfs.text(pdf);
		for (String heading : List.of("Konsekvensbedömning avseende dataskydd", "Innehåll",
				"2 Systematisk beskrivning av behandlingen", "2.2 Behandlingar och ändamål", "2.7 Dataflöden",
				"3 Nödvändighet och proportionalitet", "4 Risker för de registrerades rättigheter och friheter",
				"4.2 Riskkarta före och efter åtgärder", "5 Åtgärder (handlingsplan)", "6 Dataskyddsombudets yttrande",
				"7 De registrerades synpunkter", "8 Slutsats och förhandssamråd", "9 Ändringshistorik",
				"10 Relaterade dokument")) {
			assertTrue(text.contains(heading), "heading '" + heading + "' in " + text);
		}
	}

	@Test
	void theReportShowsTheModelsOwnValues() throws Exception {
		String text = Pdfs.text(generate(TestAssessments.camera(), Language.SV, out).get(0));
		assertTrue(text.contains("SN 2026/17"), "diarienummer");
		assertTrue(text.contains("Nattlig kameratillsyn i Provkommunen"), "assessment name");
		assertTrue(text.contains("Endast tjänstgörande nattpersonal får se bilden."), "measure A1");
		assertTrue(text.contains("Pia Projektledare"), "owner in the action plan");
		assertTrue(text.contains("2026-12-01"), "due date");
		assertTrue(text.contains("3 × 4 = 12"), "inherent level of R1: " + text);
		assertTrue(text.contains("godkänd med villkor"), "conclusion");
		assertTrue(text.contains("SoL 4 kap. 2 c §"), "national basis");
	}

	@Test
	void whatTheModelLeavesOpenIsSaidToBeNotYetStated() throws Exception {
		String text = Pdfs.text(generate(TestAssessments.camera(), Language.SV, out).get(0));
		// R2 has no residual assessment and the review no data subjects' views
		assertTrue(text.contains("Risknivå efter åtgärder Ej angivet"), text);
		assertTrue(text.contains("Förhandssamråd med IMY krävs enligt riskerna efter åtgärder (art. 36) Ej bedömt"),
				"R2 lacks its assessment after measures, so Art. 36 can't be concluded: " + text);
		assertTrue(text.contains("Ej angivet"), text);
	}

	@Test
	void everyRiskOfTheBundledExampleShowsItsMeasure() throws Exception {
		Assessment example = AssessmentFiles.load(ROOT.resolve("examples/ange-trygghetskamera/assessment.dpia"));
		String text = Pdfs.text(generate(example, Language.SV, out).get(0));
		assertTrue(text.contains("KS 23/32"), "diarienummer");
		assertTrue(text.contains("Ånge kommun"), "organisation with Å intact");
		ShortIds ids = new ShortIds(example, Texts.load(TEMPLATES, Language.SV));
		for (Risk risk : example.getRisks()) {
			assertTrue(text.contains(ids.of(risk) + " " + risk.getName()), risk.getId());
			for (Mitigation mitigation : risk.getMitigations()) {
				assertTrue(text.contains(ids.of(mitigation) + " " + mitigation.getName()), mitigation.getId() + " for " + risk.getId());
			}
		}
	}

	@Test
	void theReportShowsTheApprovedVersionAndWhetherTheFolderStillHoldsIt() throws Exception {
		Assessment assessment = TestAssessments.camera();
		Review review = DpiaFactory.eINSTANCE.createReview();
		review.setApprovedHash("sha256:0123456789abcdef0123");
		review.setSignOffDate("2026-11-24");
		review.setSignedBy("Dataskyddsombudet");
		assessment.setReview(review);

		String unchanged = reportText(new DocumentInput(assessment, List.of(), true, List.of()));
		assertTrue(unchanged.contains("Godkänd version"), "the row is there");
		assertTrue(unchanged.contains("sha256:0123456789ab (oförändrad sedan godkännandet)"), unchanged);
		assertTrue(unchanged.contains("Godkänd av dataskyddsombudet"), "the approval is in the change history: " + unchanged);
		assertTrue(reportText(new DocumentInput(assessment, List.of(), false, List.of()))
				.contains("sha256:0123456789ab (ändrad efter godkännandet)"));
		String unknown = reportText(new DocumentInput(assessment, List.of(), null, List.of()));
		assertTrue(unknown.contains("sha256:0123456789ab") && !unknown.contains("godkännandet)"), unknown);
	}

	@Test
	void theChangeHistoryIsTheInputsNotTheToolsOwn() throws Exception {
		List<DocumentInput.HistoryRow> history = List.of(new DocumentInput.HistoryRow("0.1", "2026-10-01", "Första utkast", "Projektgruppen"),
				new DocumentInput.HistoryRow("1.0", "2026-11-01", "Fastställd", "Socialnämnden"));
		String text = reportText(new DocumentInput(TestAssessments.camera(), List.of(), null, history));
		assertTrue(text.contains("0.1 2026-10-01 Första utkast Projektgruppen"), text);
		assertTrue(text.contains("1.0 2026-11-01 Fastställd Socialnämnden"), text);
	}

	/** The text of the Swedish report laid out in memory, whitespace normalised (a cell may wrap). */
	private static String reportText(DocumentInput input) throws Exception {
		return Pdfs.text(new DocumentSet(BUILT_IN, Language.SV).layOut(input, new GenerationProgress() {
		}).get("konsekvensbedomning.pdf"));
	}

	@Test
	void theReportShowsTheScreeningAndWhetherTheRisksCallForPriorConsultation() throws Exception {
		Assessment example = AssessmentFiles.load(ROOT.resolve("examples/ange-trygghetskamera/assessment.dpia"));
		String text = Pdfs.text(generate(example, Language.SV, out).get(0));
		assertTrue(text.contains("Förhandsbedömning: behövs en konsekvensbedömning?"), text);
		assertTrue(text.contains("Systematisk övervakning ✓ Ja"), "the criterion that holds, from the rule engine: " + text);
		assertTrue(text.contains("en konsekvensbedömning krävs"), "the screening's conclusion");
		// every risk to the data subjects is assessed after its measures and none is above 6; R1–R4 are project risks
		assertTrue(text.contains("Förhandssamråd med IMY krävs enligt riskerna efter åtgärder (art. 36) Nej"), text);
		assertTrue(text.contains("Bilaga: Projektrisker"), "the project risks' appendix");
	}

	@Test
	void theDataFlowsAreDrawnAsAFigureWhoseAlternativeTextListsThem() throws Exception {
		Path pdf = generate(TestAssessments.camera(), Language.SV, out).get(0);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertTrue(LogoTest.hasFigureWithAlt(document.getDocumentCatalog().getStructureTreeRoot().getKids(),
					"Dataflödesdiagram: 1 Kamera i sovrummet → Kameraplattform"));
		}
	}

	@Test
	void theEnglishReportUsesTheEnglishTemplate() throws Exception {
		Path pdf = generate(TestAssessments.camera(), Language.EN, out).get(0);
		assertEquals("dpia-report.pdf", pdf.getFileName().toString());
		String text = Pdfs.text(pdf);
		assertTrue(text.contains("Data protection impact assessment"), text);
		assertTrue(text.contains("4 Risks to the rights and freedoms of data subjects"), text);
		assertTrue(text.contains("approved on condition of improvements"), text);
	}

	@Test
	void theSameModelGivesTheSameBytes() throws Exception {
		Path first = generate(TestAssessments.camera(), Language.SV, out.resolve("first")).get(0);
		Path second = generate(TestAssessments.camera(), Language.SV, out.resolve("second")).get(0);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	@Test
	void theReportIsTaggedWithLanguageTitleBookmarksAndEmbeddedFonts() throws Exception {
		Path pdf = generate(TestAssessments.camera(), Language.SV, out).get(0);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			var catalog = document.getDocumentCatalog();
			assertEquals("sv-SE", catalog.getLanguage());
			assertNotNull(catalog.getStructureTreeRoot(), "structure tree (tagged PDF)");
			assertTrue(catalog.getMarkInfo().isMarked());
			assertTrue(catalog.getViewerPreferences().displayDocTitle(), "title shown");
			assertTrue(document.getDocumentInformation().getTitle().startsWith("Konsekvensbedömning avseende dataskydd"));
			assertNotNull(catalog.getDocumentOutline().getFirstChild(), "bookmarks");
			assertEquals("2026-11-20", String.format("%tF", document.getDocumentInformation().getCreationDate()),
					"the date of the current version, not the clock");
			assertNotNull(catalog.getMetadata(), "XMP metadata (PDF/A)");
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertTrue(font.isEmbedded(), font.getName() + " is embedded");
				}
			}
		}
	}

	@Test
	void risksAndMeasuresAreShownByShortIdsNotBySnakeCaseIds() throws Exception {
		Assessment example = AssessmentFiles.load(ROOT.resolve("examples/ange-trygghetskamera/assessment.dpia"));
		String text = Pdfs.text(generate(example, Language.SV, out).get(0));
		// the example's project risks are R1–R4 and its first measures A1–A4 in the model: they keep those ids, and
		// the risks and measures with snake_case ids take the next free numbers in model order
		Risk firstSubjectRisk = example.getRisks().stream().filter(risk -> risk.getKind() != se.dpia.model.RiskKind.PROJEKT)
				.findFirst().orElseThrow();
		assertTrue(firstSubjectRisk.getId().contains("_"), "the example's first risk to the data subjects has a long id");
		assertTrue(text.contains("R5 " + firstSubjectRisk.getName()), "it is shown as R5, after the project risks R1–R4: " + text);
		assertTrue(text.contains("R1 Infrastruktur saknas"), "a short model id is kept, as ./dpia check names it");
		Mitigation fifth = example.getMitigations().get(4);
		assertTrue(fifth.getId().contains("_"), "the example's fifth measure has a long id");
		assertTrue(text.contains("A5 " + fifth.getName()), "it is shown as A5, after A1–A4");
		for (Risk risk : example.getRisks()) {
			assertTrue(!risk.getId().contains("_") || !text.contains(risk.getId()), "the long id " + risk.getId() + " is not shown");
		}
		for (Mitigation measure : example.getMitigations()) {
			assertTrue(!measure.getId().contains("_") || !text.contains(measure.getId()), "the long id " + measure.getId() + " is not shown");
		}
		String english = Pdfs.text(generate(example, Language.EN, out.resolve("en")).get(0));
		assertTrue(english.contains("R5 " + firstSubjectRisk.getName()) && english.contains("A5 " + fifth.getName()),
				"the same ids in English");
	}
}
