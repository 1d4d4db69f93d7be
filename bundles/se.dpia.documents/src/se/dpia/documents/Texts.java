package se.dpia.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The short texts documents fill in from code, in one language: {@code templates/texts.<lang>.properties} (UTF-8):
 * file names, "not yet stated", yes and no, and the names of the model's enumerated values (key
 * {@code <Enum>.<literal name>}, e.g. {@code RiskStatus.oppen}). A value's Swedish name falls back to the model's
 * own literal, so the Swedish file lists only what it words differently.
 */
public final class Texts {

	private final Templates templates;
	private final String file;
	private final Language language;
	private final Properties texts;

	private Texts(Templates templates, String file, Language language, Properties texts) {
		this.templates = templates;
		this.file = file;
		this.language = language;
		this.texts = texts;
	}

	public static Texts load(Path templates, Language language) throws TemplateException {
		return load(Templates.folder(templates), language);
	}

	public static Texts load(Templates templates, Language language) throws TemplateException {
		String name = "texts." + language.code() + ".properties";
		String file = templates.describe(name);
		Properties texts = new Properties();
		try (InputStream in = templates.open(name)) {
			if (in == null) {
				throw new TemplateException(file + ": there are no texts; check the templates folder or pass --templates");
			}
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new TemplateException(file + ": cannot read the texts (" + e.getMessage()
					+ "); check the templates folder or pass --templates");
		}
		return new Texts(templates, file, language, texts);
	}

	/** The text under a key; a file that lacks it is an error naming the file and the key. */
	public String text(String key) throws TemplateException {
		String value = texts.getProperty(key);
		if (value == null) {
			throw new TemplateException(file + ": there is no text for '" + key + "'; add a line '" + key + " = ...'");
		}
		return value.strip();
	}

	/** The name of an enumerated model value in this language. */
	public String label(Enumerator value) {
		String key = value.getClass().getSimpleName() + "." + value.getName();
		return texts.getProperty(key, value.getLiteral()).strip();
	}

	/** The texts file as messages name it. */
	public String file() {
		return file;
	}

	public Language language() {
		return language;
	}

	/** The municipality's logo beside the templates ({@code logo.png}), if there is one. */
	public boolean hasLogo() {
		return templates.exists(LOGO);
	}

	/** The logo's file name, relative to the templates folder. */
	public static final String LOGO = "logo.png";
}
