package se.dpia.assessment.check;

import java.util.Locale;

import se.dpia.model.validation.MessageBundle;

/**
 * The folder-level checks' messages, from {@code messages.properties} (English) and {@code messages_sv.properties}
 * (Swedish) beside this class; a message's key is its issue code, variants add a suffix.
 */
final class CheckMessages {

	private static final MessageBundle TEXTS = new MessageBundle("se.dpia.assessment.check.messages",
			CheckMessages.class.getClassLoader());

	private CheckMessages() {
	}

	static String format(Locale locale, String key, Object... arguments) {
		return TEXTS.format(locale, key, arguments);
	}
}
