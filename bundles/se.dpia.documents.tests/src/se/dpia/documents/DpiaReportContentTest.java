package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.Mitigation;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.Review;
import se.dpia.model.Risk;
import se.dpia.model.RiskKind;
import se.dpia.rules.load.FolderResources;

/**
 * The DPIA report's "done when" (issue 16), read back from the PDF of each bundled example in each language: each
 * Art. 35(7)(a)–(d) section is there with content from the model, not only its heading; so are the DPO's opinion
 * (35(2)), the data subjects' views or why they were not sought (35(9)), the date of the next review (35(11)) or
 * "Ej angivet", and the Art. 36 conclusion. A report whose template lost a section fails here.
 */
class DpiaReportContentTest {

	@TempDir
	Path templates;

	/** The fixed text of each language that the checks look for. */
	private record Words(String file, String[] chapters, String opinion, String notSought,
			String nextReview, String art36) {
	}

	private static final Words SV = new Words("konsekvensbedomning.pdf",
			new String[] { "2 Systematisk beskrivning av behandlingen", "3 Nödvändighet och proportionalitet",
					"4 Risker för de registrerades rättigheter och friheter", "5 Åtgärder (handlingsplan)",
					"6 Dataskyddsombudets yttrande", "7 De registrerades synpunkter", "8 Slutsats och förhandssamråd",
					"9 Ändringshistorik" },
			"Yttrande", "Skäl till att synpunkter inte har inhämtats:", "Nästa översyn (art. 35.11)",
			"Förhandssamråd med IMY krävs enligt riskerna efter åtgärder (art. 36)");
	private static final Words EN = new Words("dpia-report.pdf",
			new String[] { "2 Systematic description of the processing", "3 Necessity and proportionality",
					"4 Risks to the rights and freedoms of data subjects", "5 Measures (action plan)",
					"6 The data protection officer's opinion", "7 The data subjects' views",
					"8 Conclusion and prior consultation", "9 Change history" },
			"Opinion", "Why views were not sought:", "Next review (Art. 35(11))",
			"Prior consultation with IMY required by the residual risks (Art. 36)");

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource({ "ange-trygghetskamera, SV", "ange-trygghetskamera, EN", "nynashamn-pilot, SV", "nynashamn-pilot, EN" })
	void eachArticle35SectionHoldsTheModelsContent(String example, Language language) throws Exception {
		FolderResources folder = ExampleFolder.load(DpiaReportTest.ROOT.resolve("examples").resolve(example));
		Assessment assessment = folder.assessment();
		byte[] pdf = reportPdf(DpiaReportTest.BUILT_IN, folder, language);
		// kept in target/pdf/reports for pdftoppm and a person to look at
		Path kept = SamplePdfs.FOLDER.resolve("reports").resolve(example + "-" + language.code() + ".pdf");
		Files.createDirectories(kept.getParent());
		Files.write(kept, pdf);
		String text = Pdfs.text(pdf);

		assertEquals(List.of(), missing(assessment, text, language), example + " " + language);
	}

	@Test
	void aReportWhoseTemplateLostTheNecessitySectionFails() throws Exception {
		Path source = DpiaReportTest.TEMPLATES;
		try (Stream<Path> files = Files.list(source)) {
			for (Path file : files.toList()) {
				Files.copy(file, templates.resolve(file.getFileName()));
			}
		}
		Path template = templates.resolve("dpia-report.sv.html");
		String html = Files.readString(template);
		int start = html.indexOf("<h2 id=\"proportionalitet\"");
		int end = html.indexOf("<h2 id=\"risker\"");
		assertTrue(start > 0 && end > start, "section 3 found in the template");
		Files.writeString(template, html.substring(0, start) + html.substring(end));
		FolderResources folder = ExampleFolder.load(DpiaReportTest.ROOT.resolve("examples/nynashamn-pilot"));

		List<String> missing = missing(folder.assessment(), report(Templates.folder(templates), folder, Language.SV),
				Language.SV);

		assertNotEquals(List.of(), missing, "a report without section 3 must fail");
		assertTrue(missing.stream().anyMatch(line -> line.startsWith("35(7)(b)")), missing.toString());
	}

	private static String report(Templates templates, FolderResources folder, Language language) throws Exception {
		return Pdfs.text(reportPdf(templates, folder, language));
	}

	private static byte[] reportPdf(Templates templates, FolderResources folder, Language language) throws Exception {
		Map<String, byte[]> files = new DocumentSet(templates, language)
				.layOut(DocumentInput.of(folder.assessment(), folder.ruleResources()), new GenerationProgress() {
				});
		return files.get(words(language).file());
	}

	private static Words words(Language language) {
		return language == Language.EN ? EN : SV;
	}

	/** What the report lacks, one line per requirement; empty when it has everything. */
	static List<String> missing(Assessment assessment, String text, Language language) throws Exception {
		Words words = words(language);
		Texts texts = Texts.load(DpiaReportTest.TEMPLATES, language);
		ShortIds ids = new ShortIds(assessment, texts);
		Values values = new Values(texts);
		List<String> missing = new ArrayList<>();
		String[] sections = sections(text, words.chapters(), missing);
		if (!missing.isEmpty()) {
			return missing;
		}
		// (a) the systematic description: each processing activity with its purposes
		for (ProcessingActivity activity : assessment.getProcessingActivities()) {
			require(sections[0], values.name(activity), "35(7)(a) processing activity", missing);
			for (String purpose : activity.getPurposes()) {
				require(sections[0], purpose.strip(), "35(7)(a) purpose", missing);
			}
		}
		// (b) necessity and proportionality: per activity its minimisation and information, per data category its
		// retention, the chosen technology's rationale or "not stated"
		for (ProcessingActivity activity : assessment.getProcessingActivities()) {
			require(sections[1], values.name(activity) + " " + values.text(activity.getMinimisation()),
					"35(7)(b) minimisation", missing);
			require(sections[1], values.name(activity) + " " + values.text(activity.getDataSubjectInformation()),
					"35(7)(b) information to the data subjects", missing);
		}
		for (DataCategory category : assessment.getDataCategories()) {
			require(sections[1], values.name(category), "35(7)(b) retention of a data category", missing);
			if (category.getRetention() != null && !category.getRetention().isBlank()) {
				require(sections[1], category.getRetention().strip(), "35(7)(b) retention", missing);
			}
		}
		require(sections[1], values.text(assessment.getRights() == null ? null : assessment.getRights().getObjection()),
				"35(7)(b) the right to object", missing);
		// (c) the risks to the data subjects, by short id and name
		for (Risk risk : assessment.getRisks()) {
			if (risk.getKind() != RiskKind.PROJEKT) {
				require(sections[2], ids.of(risk) + " " + values.name(risk), "35(7)(c) risk", missing);
			}
		}
		// (d) the measures, by short id and name
		for (Mitigation measure : assessment.getMitigations()) {
			require(sections[3], ids.of(measure), "35(7)(d) measure id", missing);
			require(sections[3], values.name(measure), "35(7)(d) measure", missing);
		}
		Review review = assessment.getReview();
		// 35(2) the DPO's opinion, or "not stated"
		require(sections[4], words.opinion() + " " + values.text(review == null ? null : review.getDpoOpinion()),
				"35(2) the DPO's opinion", missing);
		// 35(9) the data subjects' views, or why they were not sought
		String views = review == null ? null : review.getDataSubjectViews();
		String reason = review == null ? null : review.getViewsNotSoughtReason();
		require(sections[5], values.text(views), "35(9) the data subjects' views", missing);
		if (reason != null && !reason.isBlank()) {
			require(sections[5], words.notSought() + " " + reason.strip(), "35(9) why views were not sought", missing);
		}
		// 35(11) the next review, or "not stated"; Art. 36 computed from the register
		require(sections[6], words.nextReview() + " " + values.date(review == null ? null : review.getNextReviewDate()),
				"35(11) the next review", missing);
		require(text.substring(0, text.indexOf(words.chapters()[0])),
				words.nextReview() + " " + values.date(review == null ? null : review.getNextReviewDate()),
				"35(11) the next review on the first page", missing);
		if (!List.of(" Ja", " Nej", " Ej bedömt", " Yes", " No", " Not assessed").stream()
				.anyMatch(answer -> sections[6].contains(words.art36() + answer))) {
			missing.add("Art. 36 the conclusion on prior consultation");
		}
		return missing;
	}

	/** What each chapter stands for, for the messages. */
	private static final String[] REQUIREMENTS = { "35(7)(a)", "35(7)(b)", "35(7)(c)", "35(7)(d)", "35(2)", "35(9)",
			"35(11) and Art. 36" };

	/** The text of each chapter from its heading to the next; the last occurrence skips the table of contents. */
	private static String[] sections(String text, String[] chapters, List<String> missing) {
		String[] sections = new String[chapters.length - 1];
		for (int i = 0; i < chapters.length - 1; i++) {
			int start = text.lastIndexOf(chapters[i]);
			int end = text.lastIndexOf(chapters[i + 1]);
			if (start < 0 || end <= start || text.indexOf(chapters[i]) == start) {
				missing.add(REQUIREMENTS[i] + " section '" + chapters[i] + "' (in the body, after the contents)");
			} else {
				sections[i] = text.substring(start + chapters[i].length(), end);
			}
		}
		return sections;
	}

	private static void require(String section, String expected, String what, List<String> missing) {
		String normalised = expected.replaceAll("\\s+", " ");
		if (!section.contains(normalised)) {
			missing.add(what + ": '" + normalised + "'");
		}
	}
}
