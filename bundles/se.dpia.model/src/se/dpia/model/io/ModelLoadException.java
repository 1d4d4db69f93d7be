package se.dpia.model.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;

/**
 * A model or rule file that could not be read, with the place in the file where the parser stopped and the reason in
 * any language ({@link #message(Locale)}); {@link #getMessage()} is the English reason.
 */
public class ModelLoadException extends Exception {

	private static final long serialVersionUID = 1L;

	/** EMF's words when an enum attribute holds a value that is not one of its literals. */
	private static final Pattern NOT_AN_ENUMERATOR = Pattern.compile("The value '(.*)' is not a valid enumerator of '(.*)'.*",
			Pattern.DOTALL);

	private final transient Path file;
	private final int line;
	private final int column;
	private final transient LoadText reason;

	public ModelLoadException(Path file, int line, int column, LoadText reason) {
		super(reason.toString());
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	/** The same failure shown at another path (e.g. relative to the folder the user named). */
	public ModelLoadException at(Path shownFile) {
		return new ModelLoadException(shownFile, line, column, reason);
	}

	/** Translates what EMF or the XML parser threw into a reason a user can act on. */
	static ModelLoadException from(Path file, Exception e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof SAXParseException || cause instanceof RefusedException) {
				break;
			}
			cause = cause.getCause();
		}
		String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		LoadText reason;
		if (cause instanceof RefusedException refused) {
			reason = refused.reason();
		} else if (text.contains("DOCTYPE")) {
			reason = new LoadText("doctype");
		} else if (cause instanceof SAXParseException) {
			reason = new LoadText("xml", new XmlParserMessage(file, text));
		} else {
			reason = reasonOf(cause, text);
		}
		if (cause instanceof SAXParseException sax) {
			return new ModelLoadException(file, sax.getLineNumber(), sax.getColumnNumber(), reason);
		}
		if (cause instanceof Resource.Diagnostic diagnostic) {
			return new ModelLoadException(file, diagnostic.getLine(), diagnostic.getColumn(), reason);
		}
		return new ModelLoadException(file, 0, 0, reason);
	}

	/** The reason for one of EMF's load errors (also those it records on the resource instead of throwing). */
	static LoadText reasonOf(Object error, String text) {
		if (error instanceof PackageNotFoundException notFound) {
			return notFound.uri() == null || notFound.uri().isEmpty() ? new LoadText("noAssessment")
					: new LoadText("unknownNamespace", notFound.uri());
		}
		if (error instanceof FeatureNotFoundException unknown) {
			return new LoadText("unknownFeature", unknown.getName());
		}
		if (error instanceof ClassNotFoundException unknown) {
			return new LoadText("unknownClass", unknown.getName());
		}
		if (error instanceof IllegalValueException illegal) {
			return new LoadText("illegalValue", String.valueOf(illegal.getValue()), illegal.getFeature().getName());
		}
		if (error instanceof UnresolvedReferenceException unresolved) {
			return new LoadText("unresolvedReference", unresolved.getReference());
		}
		Matcher notAValue = NOT_AN_ENUMERATOR.matcher(text);
		if (notAValue.matches()) {
			return new LoadText("notAValue", notAValue.group(1), notAValue.group(2));
		}
		return new LoadText("other", text);
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

	/** Why the file could not be read, in {@code locale}. */
	public String message(Locale locale) {
		return reason.in(locale);
	}

	/** Why the file could not be read, as key and arguments. */
	public LoadText reason() {
		return reason;
	}
}
