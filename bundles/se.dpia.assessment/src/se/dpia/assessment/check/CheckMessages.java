package se.dpia.assessment.check;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The folder-level checks' messages, from {@code messages.properties} (English) and {@code messages_sv.properties}
 * (Swedish) beside this class; a message's key is its issue code, variants add a suffix.
 */
final class CheckMessages {

	private static final String BUNDLE = "se.dpia.assessment.check.messages";
	// without fallback to the JVM's default locale, so English stays English on a Swedish machine
	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private CheckMessages() {
	}

	static String format(Locale locale, String key, Object... arguments) {
		String pattern;
		try {
			pattern = ResourceBundle.getBundle(BUNDLE, locale, CheckMessages.class.getClassLoader(), CONTROL).getString(key);
		} catch (MissingResourceException e) {
			return key;
		}
		return new MessageFormat(pattern, locale).format(arguments);
	}
}
