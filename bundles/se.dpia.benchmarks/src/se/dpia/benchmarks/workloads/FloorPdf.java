package se.dpia.benchmarks.workloads;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The floor for document generation: Apache PDFBox writing the same text as our documents, with the same DejaVu
 * fonts embedded as subsets, but no layout (one line after another, a new page every {@value #LINES_PER_PAGE}
 * lines), no tagging and no PDF/A metadata. Whatever our generation costs above this is template filling, layout,
 * tagging and archival metadata.
 */
public final class FloorPdf {

	private static final int LINES_PER_PAGE = 60;
	private static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

	private final List<List<String>> documents;

	private FloorPdf(List<List<String>> documents) {
		this.documents = documents;
	}

	/** Takes the text of each of our PDFs, line by line, keeping only characters DejaVu has a glyph for. */
	public static FloorPdf of(List<Path> pdfs) throws IOException {
		List<List<String>> documents = new ArrayList<>();
		try (PDDocument scratch = new PDDocument()) {
			PDType0Font font = font(scratch);
			for (Path pdf : pdfs) {
				try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
					List<String> lines = new ArrayList<>();
					for (String line : new PDFTextStripper().getText(document).split("\\R")) {
						lines.add(printable(font, line));
					}
					documents.add(lines);
				}
			}
		}
		return new FloorPdf(documents);
	}

	/** Writes every document; returns their total size in bytes. */
	public long write() throws IOException {
		long bytes = 0;
		for (List<String> lines : documents) {
			bytes += write(lines).length;
		}
		return bytes;
	}

	/** The number of characters written per run, to show the floor writes the same text. */
	public long characters() {
		return documents.stream().flatMap(List::stream).mapToLong(String::length).sum();
	}

	private static byte[] write(List<String> lines) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDType0Font font = font(document);
			for (int first = 0; first < lines.size(); first += LINES_PER_PAGE) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 9);
					content.setLeading(12);
					content.newLineAtOffset(50, 800);
					for (String line : lines.subList(first, Math.min(lines.size(), first + LINES_PER_PAGE))) {
						content.showText(line);
						content.newLine();
					}
					content.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	/**
	 * DejaVu, parsed once and drawn without glyph substitution, as the documents' fonts are (se.dpia.documents'
	 * Fonts): the floor pays for nothing our documents no longer do.
	 */
	private static synchronized PDType0Font font(PDDocument document) throws IOException {
		if (parsed == null) {
			try (InputStream in = FloorPdf.class.getClassLoader().getResourceAsStream(FONT)) {
				if (in == null) {
					throw new FileNotFoundException(FONT + " is not on the class path; the jasperreports-fonts jar is missing");
				}
				parsed = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
				parsed.setEnableGsub(false);
			}
		}
		return PDType0Font.load(document, parsed, true);
	}

	private static TrueTypeFont parsed;

	private static String printable(PDType0Font font, String line) throws IOException {
		StringBuilder kept = new StringBuilder();
		line.codePoints().forEach(c -> {
			String character = new String(Character.toChars(c));
			try {
				font.encode(character);
				kept.append(character);
			} catch (IllegalArgumentException | IOException e) {
				kept.append('?'); // no glyph in DejaVu (or a control character): the floor writes a stand-in
			}
		});
		return kept.toString();
	}
}
