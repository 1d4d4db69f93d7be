package se.dpia.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

/**
 * A document's layout and fixed text in one language: {@code templates/<document>.<lang>.html}, XHTML with
 * Mustache tags, styled by the shared {@code templates/dokument.css}. A municipality edits these files (wording,
 * logo, fonts) without rebuilding.
 * <p>
 * Mustache is logic-less: a template can only show the values a document gives it, never run code. Every value is
 * HTML-escaped unless the template deliberately writes {@code {{{triple}}}} braces. A name the document does not
 * give, in a value or a section, is an error that names the template, the line and the name.
 */
public final class HtmlTemplate {

	private final Path file;
	private final Template compiled;

	private HtmlTemplate(Path file, Template compiled) {
		this.file = file;
		this.compiled = compiled;
	}

	public static HtmlTemplate load(Path templates, String document, Language language) throws TemplateException {
		Path file = templates.resolve(document + "." + language.code() + ".html");
		String source;
		try {
			source = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new TemplateException(file + ": cannot read the template (" + e.getMessage()
					+ "); check the templates folder or pass --templates");
		}
		try {
			return new HtmlTemplate(file, Mustache.compiler()
					.escapeHTML(true)
					.strictSections(true)
					.emptyStringIsFalse(true)
					.compile(source));
		} catch (MustacheException e) {
			throw new TemplateException(file + ": " + e.getMessage() + "; fix the template's {{...}} tags");
		}
	}

	/** Fills the template with a document's values. */
	public String render(Map<String, ?> values) throws TemplateException {
		try {
			return compiled.execute(values);
		} catch (MustacheException.Context e) {
			throw new TemplateException(file + ":" + e.lineNo + ": the template asks for '" + e.key
					+ "', which this document does not provide; check the name against the document's other templates");
		} catch (MustacheException e) {
			throw new TemplateException(file + ": " + e.getMessage());
		}
	}

	public Path file() {
		return file;
	}
}
