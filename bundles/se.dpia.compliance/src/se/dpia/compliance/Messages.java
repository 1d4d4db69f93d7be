package se.dpia.compliance;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;

import se.dpia.model.validation.MessageBundle;

/**
 * The plain-words texts of the compliance engine, Swedish ({@code messages_sv.properties}) or English
 * ({@code messages.properties}). Texts are {@link MessageFormat} patterns: an apostrophe is written {@code ''}.
 */
public final class Messages {

	private static final MessageBundle TEXTS = new MessageBundle("se.dpia.compliance.messages", Messages.class.getClassLoader());

	private final ResourceBundle bundle;
	private final Locale locale;

	private Messages(Locale locale) {
		this.locale = locale;
		this.bundle = TEXTS.in(locale);
	}

	/** The texts in a language: {@code sv} or {@code en}; anything else is English. */
	public static Messages of(String language) {
		return new Messages("sv".equals(language) ? Locale.of("sv") : Locale.ENGLISH);
	}

	/** The text under a key with its arguments filled in; a missing key shows as {@code !key!}, never fails. */
	public String text(String key, Object... arguments) {
		String pattern;
		try {
			pattern = bundle.getString(key);
		} catch (MissingResourceException e) {
			return "!" + key + "!";
		}
		return new MessageFormat(pattern, locale).format(arguments);
	}

	/** The text under a key, or {@code fallback} when the bundle has no such key (e.g. a feature without a label). */
	public String textOr(String key, String fallback) {
		return bundle.containsKey(key) ? text(key) : fallback;
	}

	/** The label of an enum value of the model, e.g. a feared event, from the key {@code prefix.name}. */
	public String label(String prefix, Enumerator value) {
		return text(prefix + "." + value.getName());
	}
}
