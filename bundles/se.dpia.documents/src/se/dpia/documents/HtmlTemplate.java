package se.dpia.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

/**
 * A document's layout and fixed text in one language: {@code templates/<document>.<lang>.html}, XHTML with
 * Mustache tags, styled by the shared {@code templates/dokument.css}. A municipality edits these files (wording,
 * logo, fonts) without rebuilding.
 * <p>
 * Mustache is logic-less: a template can only show the values a document gives it, never run code. Every value is
 * HTML-escaped: a template that asks for an unescaped value ({@code {{{name}}}}, {@code {{&name}}}), includes
 * another file ({@code {{>partial}}}) or changes the tag delimiters ({@code {{=<% %>=}}}, which could hide the
 * other two) is refused when it is loaded, so model text can never add markup and a template reads no file but
 * itself. A name the document does not give, in a value or a section, is an error that names the template, the
 * line and the name.
 */
public final class HtmlTemplate {

	/** Tags that would show a value unescaped, read another file, or change the delimiters. */
	private static final Pattern REFUSED_TAG = Pattern.compile("\\{\\{\\s*([{&>=])");

	private final String file;
	private final Template compiled;

	private HtmlTemplate(String file, Template compiled) {
		this.file = file;
		this.compiled = compiled;
	}

	public static HtmlTemplate load(Path templates, String document, Language language) throws TemplateException {
		return load(Templates.folder(templates), document, language);
	}

	public static HtmlTemplate load(Templates templates, String document, Language language) throws TemplateException {
		String name = document + "." + language.code() + ".html";
		String file = templates.describe(name);
		String source;
		try (InputStream in = templates.open(name)) {
			if (in == null) {
				throw new TemplateException(file + ": there is no such template; check the templates folder or pass --templates");
			}
			source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new TemplateException(file + ": cannot read the template (" + e.getMessage()
					+ "); check the templates folder or pass --templates");
		}
		Matcher refused = REFUSED_TAG.matcher(source);
		if (refused.find()) {
			int line = (int) source.substring(0, refused.start()).chars().filter(c -> c == '\n').count() + 1;
			String tag = source.substring(refused.start(), Math.min(source.length(), refused.start() + 40)).lines()
					.findFirst().orElse("");
			throw new TemplateException(file + ":" + line + ": the tag " + tag
					+ " is not allowed: templates show values only as {{name}} (always escaped) and include no other"
					+ " files; write {{name}} instead");
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

	/** The template as messages name it. */
	public String file() {
		return file;
	}
}
