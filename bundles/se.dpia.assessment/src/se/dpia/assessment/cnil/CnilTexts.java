package se.dpia.assessment.cnil;

import java.util.Locale;
import java.util.MissingResourceException;

import se.dpia.model.validation.MessageBundle;

/** The import's texts in the user's language: its messages and the CNIL questions' wording, by their reference. */
final class CnilTexts {

	private static final MessageBundle TEXTS = new MessageBundle("se.dpia.assessment.cnil.messages",
			CnilTexts.class.getClassLoader());

	private CnilTexts() {
	}

	static String text(Locale locale, String key, Object... arguments) {
		return TEXTS.format(locale, key, arguments);
	}

	/** A question of CNIL's questionnaire (3k1, 2.1.1, …), or a stand-in for one this version does not know. */
	static String question(Locale locale, String reference) {
		try {
			return TEXTS.in(locale).getString("q." + reference);
		} catch (MissingResourceException e) {
			return text(locale, "q.unknown");
		}
	}
}
