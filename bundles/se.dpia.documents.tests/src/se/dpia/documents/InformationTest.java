package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.dpia.model.ProcessingActivity;
import se.dpia.rules.load.FolderResources;
import se.dpia.rules.rules.ConsentRule;
import se.dpia.rules.rules.RuleFile;

/**
 * The information to the person and relatives: one file per consent rule of each example in each language, in
 * easy-to-read language, with the facts of the model and the rule.
 * <p>
 * The readability limits come from Swedish easy-to-read (lättläst) practice. Myndigheten för tillgängliga medier's
 * writing advice for easy-to-read public information (mtm.se, "Så skriver du lättläst samhällsinformation") asks for
 * short sentences with one thing in each, without a number; a study of Swedish authorities' easy-to-read texts
 * (S. Cvjetkovic, "Anpassat myndighetsspråk", Göteborgs universitet 2013) measured a mean of 13.4 words a sentence
 * and a LIX of 36 in them. So: a mean of at most {@value #MEAN_WORDS} words, no sentence over {@value #MAX_WORDS}
 * words, and a LIX (Björnsson's readability index: words per sentence plus the per cent of words longer than six
 * letters) of at most {@value #MAX_LIX}, the top of the band that scale calls "lättläst" (30–40).
 */
class InformationTest {

	static final int MAX_WORDS = 20;
	static final double MEAN_WORDS = 12;
	static final double MAX_LIX = 40;

	private static final float MM = 72f / 25.4f;
	/** The page body of dokument.css: the running header above it and the page number below it are left out. */
	private static final float TOP = 24 * MM;
	private static final float BOTTOM = 20 * MM;
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}–•])|\\s*•\\s*");
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}:/.@-]*");

	@TempDir
	Path out;

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource({ "ange-trygghetskamera, SV", "ange-trygghetskamera, EN", "nynashamn-pilot, SV", "nynashamn-pilot, EN" })
	void eachConsentRuleGetsAnInformationDocumentThatIsEasyToRead(String example, Language language) throws Exception {
		Path folder = DpiaReportTest.ROOT.resolve("examples").resolve(example);
		List<Path> files = ExampleFolder.generate(folder, language, out);
		FolderResources loaded = ExampleFolder.load(folder);
		int rules = 0;
		for (var resource : loaded.ruleResources()) {
			for (ConsentRule rule : ((RuleFile) resource.getContents().get(0)).getRules()) {
				rules++;
				Path pdf = out.resolve("information-" + FileNames.part(rule.getName()) + ".pdf");
				assertTrue(files.contains(pdf), pdf + " in " + files);
				String body = bodyText(pdf).replaceAll("\\s+", " ");
				Readability readability = Readability.of(body);
				assertTrue(readability.mean() <= MEAN_WORDS, pdf.getFileName() + ": mean " + readability.mean());
				assertTrue(readability.lix() <= MAX_LIX, pdf.getFileName() + ": LIX " + readability.lix());
				// the purposes are shown in the municipality's own words, as decided (Art. 13(1)(c)): they count in
				// the mean and the LIX, but the longest-sentence limit holds for what the document itself writes
				String own = body;
				for (ProcessingActivity activity : loaded.assessment().getProcessingActivities()) {
					for (String purpose : activity.getPurposes()) {
						own = own.replace(purpose.strip(), "");
					}
				}
				List<String> longest = Readability.of(own).longest();
				assertTrue(longest.size() <= MAX_WORDS, pdf.getFileName() + ": a sentence of " + longest.size()
						+ " words: " + String.join(" ", longest));
			}
		}
		assertTrue(rules > 0, "the example has consent rules");
	}

	@Test
	void theCameraInformationStatesTheFactsOfTheModelAndTheRule() throws Exception {
		ExampleFolder.generate(Language.SV, out);
		String text = Pdfs.text(out.resolve("information-Kameratillsyn.pdf"));
		for (String expected : List.of("Information om digital tillsyn", "Vem är ansvarig?",
				"Socialnämnden, Ånge kommun är ansvarig för uppgifterna om dig.",
				"Trygghetskamera för tillsyn i hemmet",
				// the technology: recording and night vision stated, sound not
				"Den spelar inte in.", "Den kan se i mörker.", "Det står inte om den tar upp ljud.",
				"Diskret, med god överblick över sovplatsen",
				// when it looks and who looks, from the routines with the camera
				"Hemtjänst (ordinärt boende, SoL-beslut): mellan klockan 22:00 och 06:00. Vi tittar var 2:e timme.",
				"Larmoperatör", "Nattpersonal",
				"Varje gång någon tittar sparas det vem som tittade och när.",
				"Kameraleverantören (ej namngiven) hjälper oss med tekniken.",
				// what is stored and for how long; the log's retention is not stated
				"Lagras inte: bilden visas endast i realtid under tillsynen.", "Tillsynslogg. Ej angivet.",
				"Det står inte om uppgifterna finns inom EU/EES.",
				"Om du säger nej får du det här i stället: Fysisk tillsyn enligt biståndsbeslutet.",
				"Kameran monteras ned och fysisk tillsyn enligt biståndsbeslutet återupptas samma natt",
				"Vi skriver ner ditt svar här: Lifecare.", "Vi frågar dig igen var 6:e månad.",
				"Bor du med personen?", "god man eller förvaltare",
				"Du får veta vilka uppgifter vi har om dig.", "rätta", "ta bort", "säga emot",
				"Dataskyddsombud, Medelpads räddningstjänstförbund.",
				"Integritetsskyddsmyndigheten", "imy.se")) {
			assertTrue(text.contains(expected), expected + " in " + text);
		}
	}

	@Test
	void theInformationIsInEnglishWithLangEn() throws Exception {
		ExampleFolder.generate(Language.EN, out);
		String text = Pdfs.text(out.resolve("information-Sensortillsyn.pdf"));
		for (String expected : List.of("Information about digital supervision", "Who is responsible?", "What does the sensor do?",
				"It is not stated whether it records.", "It is not stated whether it picks up sound.",
				"It is not stated when we look.", "These may look: Not stated.",
				"It is not stated whether we keep a note of who looks.",
				"If you say no, you get this instead: Fysisk tillsyn enligt biståndsbeslutet.",
				"Integritetsskyddsmyndigheten, or IMY", "imy.se")) {
			assertTrue(text.contains(expected), expected + " in " + text);
		}
	}

	@Test
	void aModelWithoutADpoOrContactDetailsSaysSo() throws Exception {
		ExampleFolder.generate(DpiaReportTest.ROOT.resolve("examples/nynashamn-pilot"), Language.SV, out);
		String text = Pdfs.text(out.resolve("information-Pilotsamtycke.pdf"));
		assertTrue(text.contains("Dataskyddsombud Ej angivet."), text);
		assertTrue(text.contains("Telefon Ej angivet."), text);
		assertTrue(text.contains("Vad gäller om personen inte kan bestämma själv? Ej angivet."), text);
		assertFalse(text.contains("Bor du med personen?"), "the rule asks no relative: " + text);
	}

	@Test
	void theReadabilityMeasureCountsSentencesAndLongWords() {
		Readability r = Readability.of("Du får säga nej. Personuppgiftsansvarig är nämnden! • En punkt i en lista");
		assertEquals(3, r.sentences().size());
		assertEquals(List.of("Personuppgiftsansvarig", "är", "nämnden"), r.sentences().get(1));
		assertEquals(4.0, r.mean(), 0.001);
		assertEquals(12.0 / 3 + 100.0 * 2 / 12, r.lix(), 0.001); // Personuppgiftsansvarig and nämnden are long
	}

	/** The text of the page bodies, without the running header and the page numbers. */
	static String bodyText(Path pdf) throws IOException {
		StringBuilder text = new StringBuilder();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (PDPage page : document.getPages()) {
				PDFTextStripperByArea stripper = new PDFTextStripperByArea();
				float height = page.getMediaBox().getHeight();
				stripper.addRegion("body", new Rectangle2D.Float(0, TOP, page.getMediaBox().getWidth(), height - TOP - BOTTOM));
				stripper.extractRegions(page);
				text.append(stripper.getTextForRegion("body")).append('\n');
			}
		}
		return text.toString();
	}

	/** Sentences as lists of words; a list item is a sentence of its own. */
	record Readability(List<List<String>> sentences) {

		static Readability of(String text) {
			List<List<String>> sentences = new ArrayList<>();
			for (String sentence : SENTENCE_END.split(text.replaceAll("\\s+", " ").strip())) {
				List<String> words = new ArrayList<>();
				Matcher word = WORD.matcher(sentence);
				while (word.find()) {
					words.add(word.group());
				}
				if (!words.isEmpty()) {
					sentences.add(words);
				}
			}
			return new Readability(sentences);
		}

		List<String> longest() {
			return sentences.stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElse(List.of());
		}

		double mean() {
			return words().size() / (double) sentences.size();
		}

		/** Björnsson's LIX: words per sentence plus the per cent of words of more than six letters. */
		double lix() {
			List<String> words = words();
			long lengthy = words.stream().filter(w -> w.codePoints().filter(Character::isLetter).count() > 6).count();
			return mean() + 100.0 * lengthy / words.size();
		}

		private List<String> words() {
			return sentences.stream().flatMap(List::stream).toList();
		}

		@Override
		public String toString() {
			return Arrays.toString(sentences.toArray());
		}
	}
}
