package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.dpia.rules.load.FolderResources;

/**
 * No word is broken inside: when a table column is too narrow for a long Swedish compound
 * ("administrationsplattform"), the layout breaks it between two letters without a hyphen, which a reader takes for
 * two words. A line of a cell that ends inside a word the sources hold, with the word's rest on the cell's next line,
 * is such a break. The words are those of the example's files and the templates, so an ordinary wrap between two
 * words ("kan | synas") is never taken for one.
 */
class WordBreaksTest {

	private static final Pattern WORD = Pattern.compile("\\p{L}{6,}");
	/** Letters at the end of a line's last word, and at the start of the next line's first word. */
	private static final Pattern TAIL = Pattern.compile("\\p{L}+$");
	private static final Pattern HEAD = Pattern.compile("^\\p{Ll}+");

	@TempDir
	Path out;

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource({ "ange-trygghetskamera, SV", "ange-trygghetskamera, EN", "nynashamn-pilot, SV", "nynashamn-pilot, EN" })
	void noWordOfTheSourcesIsBrokenBetweenTwoLinesOfACell(String example, Language language) throws Exception {
		Path folder = DpiaReportTest.ROOT.resolve("examples").resolve(example);
		List<Path> files = ExampleFolder.generate(folder, language, out);
		assertFalse(files.isEmpty(), "the example gives documents");
		Set<String> words = wordsOf(folder, DpiaReportTest.TEMPLATES);
		List<String> broken = new ArrayList<>();
		for (Path file : files) {
			broken.addAll(brokenWords(file, words));
		}
		assertEquals(List.of(), broken, example + " " + language + ": words broken between two lines");
	}

	@Test
	void aColumnTooNarrowForAWordIsFound(@TempDir Path templates) throws Exception {
		// the check itself: the systems table with a first column far too narrow for "administrationsplattform"
		copy(DpiaReportTest.TEMPLATES, templates);
		Path css = templates.resolve("dokument.css");
		Files.writeString(css, Files.readString(css) + "\ntable.cols-systems th:nth-child(1) { width: 8%; }\n");
		Path folder = DpiaReportTest.ROOT.resolve("examples/ange-trygghetskamera");
		FolderResources loaded = ExampleFolder.load(folder);
		new DocumentSet(Templates.folder(templates), Language.SV).generate(loaded.assessment(), loaded.ruleResources(), out,
				(Consumer<Path>) file -> {
				});
		List<String> broken = brokenWords(out.resolve("konsekvensbedomning.pdf"), wordsOf(folder, templates));
		assertTrue(broken.stream().anyMatch(line -> line.replace("|", "").contains("administrationsplattform")), broken.toString());
	}

	/** The words (six letters or more, lower case) of a folder's files, but no camelCase names of the model's XML. */
	static Set<String> wordsOf(Path... folders) throws IOException {
		Set<String> words = new HashSet<>();
		for (Path folder : folders) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					String name = file.getFileName().toString();
					if (name.endsWith(".dpia") || name.endsWith(".regler") || name.endsWith(".html") || name.endsWith(".properties")) {
						Matcher word = WORD.matcher(Files.readString(file));
						while (word.find()) {
							if (!word.group().substring(1).chars().anyMatch(Character::isUpperCase)) {
								words.add(word.group().toLowerCase(Locale.ROOT));
							}
						}
					}
				}
			}
		}
		return words;
	}

	/** "file page N: administrationspl|attform" for each line of a cell that ends inside a known word. */
	static List<String> brokenWords(Path pdf, Set<String> words) throws IOException {
		List<String> found = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				List<Line> lines = lines(document, page);
				for (int i = 1; i < lines.size(); i++) {
					Line first = lines.get(i - 1);
					Line next = lines.get(i);
					if (!next.continues(first)) {
						continue;
					}
					Matcher tail = TAIL.matcher(first.lastWord());
					Matcher head = HEAD.matcher(next.firstWord());
					if (tail.find() && head.find()) {
						String joined = (tail.group() + head.group()).toLowerCase(Locale.ROOT);
						if (joined.length() >= 6 && words.contains(joined)) {
							found.add(pdf.getFileName() + " page " + page + ": " + first.lastWord() + "|" + next.firstWord());
						}
					}
				}
			}
		}
		return found;
	}

	/** A line of text as the page draws it: its words, where it starts and its font size. */
	private record Line(List<String> words, float x, float y, float size) {

		String lastWord() {
			return words.get(words.size() - 1);
		}

		String firstWord() {
			return words.get(0);
		}

		/** The next line of the same cell or paragraph: the same left edge, one line lower. */
		boolean continues(Line above) {
			float down = y - above.y;
			return Math.abs(x - above.x) < 1f && down > 0 && down < 2f * Math.max(size, above.size);
		}
	}

	/** The page's lines in the order they are drawn: a table's cells one after the other, each line by line. */
	private static List<Line> lines(PDDocument document, int page) throws IOException {
		List<Line> lines = new ArrayList<>();
		List<String> words = new ArrayList<>();
		TextPosition[] start = new TextPosition[1];
		Runnable endLine = () -> {
			if (!words.isEmpty()) {
				lines.add(new Line(List.copyOf(words), start[0].getXDirAdj(), start[0].getYDirAdj(), start[0].getFontSizeInPt()));
				words.clear();
			}
		};
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				if (!text.isBlank()) {
					if (words.isEmpty()) {
						start[0] = positions.get(0);
					}
					words.addAll(List.of(text.strip().split("\\s+")));
				}
			}

			@Override
			protected void writeLineSeparator() {
				endLine.run();
			}

			@Override
			protected void writeParagraphEnd() {
				endLine.run();
			}
		};
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(document);
		endLine.run();
		return lines;
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName().toString()));
			}
		}
	}
}
