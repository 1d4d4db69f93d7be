package se.dpia.model.io;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.SAXParseException;

/** A model file that could not be read, with the place in the file where the parser stopped. */
public class ModelLoadException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;

	public ModelLoadException(Path file, int line, int column, String message) {
		super(message);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	/** Translates what EMF or the XML parser threw into a message a user can act on. */
	static ModelLoadException from(Path file, Exception e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof SAXParseException) {
				break;
			}
			cause = cause.getCause();
		}
		String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		if (cause instanceof org.eclipse.emf.ecore.xmi.PackageNotFoundException notFound) {
			text = "the file uses the XML namespace '" + notFound.uri() + "', which is not the assessment model's ("
					+ "https://dpia.se/model/1.0); nothing was fetched from it: remove the elements of that namespace";
		}
		java.util.regex.Matcher unknown = java.util.regex.Pattern.compile("^Feature '([^']*)' not found.*").matcher(text);
		if (unknown.matches()) {
			text = "'" + unknown.group(1) + "' is not part of the assessment model (https://dpia.se/model/1.0);"
					+ " remove it or check its spelling";
		}
		if (text.contains("DOCTYPE")) {
			text = "the file contains a DOCTYPE declaration; model files may not declare entities or a DTD (remove the <!DOCTYPE ...> line)";
		}
		if (cause instanceof SAXParseException sax) {
			return new ModelLoadException(file, sax.getLineNumber(), sax.getColumnNumber(), text);
		}
		if (cause instanceof Resource.Diagnostic diagnostic) {
			return new ModelLoadException(file, diagnostic.getLine(), diagnostic.getColumn(), text);
		}
		return new ModelLoadException(file, 0, 0, text);
	}

	public Path file() {
		return file;
	}

	/** 1-based line, or 0 when unknown. */
	public int line() {
		return line;
	}

	/** 1-based column, or 0 when unknown. */
	public int column() {
		return column;
	}
}
