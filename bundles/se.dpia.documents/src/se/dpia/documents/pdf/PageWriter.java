package se.dpia.documents.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Flows headings and paragraphs onto A4 pages, wrapping words and starting new pages as needed. A deliberately
 * small layout: the documents issue moves layout to an HTML/CSS engine.
 */
public final class PageWriter implements AutoCloseable {

	private static final float MARGIN = 56;
	private static final float BODY_SIZE = 10.5f;
	private static final float LEADING = 1.35f;

	private final PDDocument document;
	private final Fonts fonts;
	private PDPageContentStream content;
	private float y;

	public PageWriter(PDDocument document, Fonts fonts) {
		this.document = document;
		this.fonts = fonts;
	}

	public void title(String text) throws IOException {
		write(text, fonts.bold(), 20, 10);
	}

	public void heading(String text) throws IOException {
		write(text, fonts.bold(), 13, 6);
	}

	public void paragraph(String text) throws IOException {
		write(text, fonts.regular(), BODY_SIZE, 4);
	}

	private void write(String text, PDFont font, float size, float spaceAfter) throws IOException {
		float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
		for (String line : wrap(text == null ? "" : text, font, size, width)) {
			ensureRoom(size * LEADING);
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(MARGIN, y);
			content.showText(line);
			content.endText();
			y -= size * LEADING;
		}
		y -= spaceAfter;
	}

	private void ensureRoom(float height) throws IOException {
		if (content == null || y - height < MARGIN) {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN - height;
		}
	}

	static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				} else {
					line = new StringBuilder(candidate);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	@Override
	public void close() throws IOException {
		if (content != null) {
			content.close();
			content = null;
		}
	}
}
