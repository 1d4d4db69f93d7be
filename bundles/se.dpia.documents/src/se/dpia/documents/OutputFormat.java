package se.dpia.documents;

import java.util.Locale;

/**
 * Which files each document is written as: PDF (PDF/A-2u, tagged PDF/UA-1; the default), an editable Word file
 * (.docx, for comments before a decision), or both side by side under the same name.
 */
public enum OutputFormat {
	PDF, DOCX, BOTH;

	/** The format of a name ({@code pdf}, {@code docx}, {@code both}, any case), or null for another name. */
	public static OutputFormat of(String name) {
		if (name == null) {
			return null;
		}
		for (OutputFormat format : values()) {
			if (format.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
				return format;
			}
		}
		return null;
	}

	/** Whether the PDFs are written. */
	public boolean pdf() {
		return this != DOCX;
	}

	/** Whether the Word files are written. */
	public boolean docx() {
		return this != PDF;
	}

	/** The Word file's name beside a PDF's: {@code konsekvensbedomning.pdf} gives {@code konsekvensbedomning.docx}. */
	static String docxName(String pdfName) {
		return (pdfName.endsWith(".pdf") ? pdfName.substring(0, pdfName.length() - 4) : pdfName) + ".docx";
	}
}
