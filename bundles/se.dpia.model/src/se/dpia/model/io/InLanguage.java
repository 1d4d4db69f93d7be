package se.dpia.model.io;

import java.util.Locale;

/** A text that can be put in the language a reader asks for. */
public interface InLanguage {

	/** The text in {@code locale}. */
	String in(Locale locale);
}
