package se.dpia.model.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The validation messages, from {@code messages.properties} (English) and {@code messages_sv.properties}
 * (Swedish) beside this class; the key of an issue's message is its code.
 */
public final class Messages {

	private static final String BUNDLE = "se.dpia.model.validation.messages";
	// without fallback to the JVM's default locale, so English stays English on a Swedish machine
	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private Messages() {
	}

	/** The message under a key in a language, with {0}, {1}, … filled in; the key itself if it has no message. */
	public static String format(Locale locale, String key, Object... arguments) {
		String pattern;
		try {
			pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), CONTROL).getString(key);
		} catch (MissingResourceException e) {
			return key;
		}
		return new MessageFormat(pattern, locale).format(arguments);
	}
}
