package se.dpia.model.validation;

import java.util.Locale;

/**
 * The validation messages, from {@code messages.properties} (English) and {@code messages_sv.properties}
 * (Swedish) beside this class; the key of an issue's message is its code.
 */
public final class Messages {

	private static final MessageBundle TEXTS = new MessageBundle("se.dpia.model.validation.messages",
			Messages.class.getClassLoader());

	private Messages() {
	}

	/** The message under a key in a language, with {0}, {1}, … filled in; the key itself if it has no message. */
	public static String format(Locale locale, String key, Object... arguments) {
		return TEXTS.format(locale, key, arguments);
	}
}
