package se.dpia.model.io;

import java.util.Arrays;
import java.util.Locale;

import se.dpia.model.validation.Messages;

/**
 * Why a file could not be read, as a message key and its arguments rather than a finished sentence: the file is read
 * once, but the reason is shown in the language each reader asks for ({@code check --lang}, the workbench's
 * {@code -nl}). Arguments that are themselves {@link InLanguage} are put in the same language.
 *
 * @param key the message's key in {@code se/dpia/model/validation/messages*.properties}, without its {@code load.} prefix
 */
public record LoadText(String key, Object... arguments) implements InLanguage {

	@Override
	public String in(Locale locale) {
		Object[] shown = Arrays.stream(arguments).map(a -> a instanceof InLanguage text ? text.in(locale) : a).toArray();
		return Messages.format(locale, "load." + key, shown);
	}

	/** The English message, for logs and exceptions. */
	@Override
	public String toString() {
		return in(Locale.ENGLISH);
	}
}
