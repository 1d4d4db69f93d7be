package se.dpia.assessment.cnil;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The import's texts in the user's language: its messages and the CNIL questions' wording, by their reference. */
final class CnilTexts {

	private static final String BUNDLE = "se.dpia.assessment.cnil.messages";
	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private CnilTexts() {
	}

	static String text(Locale locale, String key, Object... arguments) {
		String pattern;
		try {
			pattern = bundle(locale).getString(key);
		} catch (MissingResourceException e) {
			return key;
		}
		return new MessageFormat(pattern, locale).format(arguments);
	}

	/** A question of CNIL's questionnaire (3k1, 2.1.1, …), or a stand-in for one this version does not know. */
	static String question(Locale locale, String reference) {
		try {
			return bundle(locale).getString("q." + reference);
		} catch (MissingResourceException e) {
			return text(locale, "q.unknown");
		}
	}

	private static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(BUNDLE, locale, CnilTexts.class.getClassLoader(), CONTROL);
	}
}
