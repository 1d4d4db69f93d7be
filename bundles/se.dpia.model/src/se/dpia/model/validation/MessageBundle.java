package se.dpia.model.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A bundle of texts in English ({@code NAME.properties}) and Swedish ({@code NAME_sv.properties}), looked up without
 * Java's fallback to the machine's default language, so English stays English on a Swedish machine. Texts are
 * {@link MessageFormat} patterns: an apostrophe is written {@code ''}.
 */
public final class MessageBundle {

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final String baseName;
	private final ClassLoader loader;

	/** The bundle {@code baseName} (e.g. {@code se.dpia.rules.messages}) as {@code loader} finds it. */
	public MessageBundle(String baseName, ClassLoader loader) {
		this.baseName = baseName;
		this.loader = loader;
	}

	/** The texts in a language. */
	public ResourceBundle in(Locale locale) {
		return ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK);
	}

	/** The text under a key in a language, with {0}, {1}, … filled in; the key itself if it has no text. */
	public String format(Locale locale, String key, Object... arguments) {
		String pattern;
		try {
			pattern = in(locale).getString(key);
		} catch (MissingResourceException e) {
			return key;
		}
		return new MessageFormat(pattern, locale).format(arguments);
	}
}
