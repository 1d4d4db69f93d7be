package se.dpia.documents;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A document's fixed text in one language, from {@code templates/<document>.<lang>.properties} (UTF-8). A
 * municipality edits these files to change wording without rebuilding.
 */
public final class Template {

	private final Path file;
	private final Properties texts;

	private Template(Path file, Properties texts) {
		this.file = file;
		this.texts = texts;
	}

	public static Template load(Path templates, String document, Language language) throws TemplateException {
		Path file = templates.resolve(document + "." + language.code() + ".properties");
		Properties texts = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			texts.load(in);
		} catch (IOException e) {
			throw new TemplateException(file + ": cannot read the template (" + e.getMessage()
					+ "); check the templates folder or pass --templates");
		}
		return new Template(file, texts);
	}

	/** The text under a key; a template that lacks it is an error naming the template and the key. */
	public String text(String key) throws TemplateException {
		String value = texts.getProperty(key);
		if (value == null) {
			throw new TemplateException(file + ": the template has no text for '" + key + "'; add a line '" + key + " = ...'");
		}
		return value;
	}

	public Path file() {
		return file;
	}
}
