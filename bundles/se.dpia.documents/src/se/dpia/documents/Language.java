package se.dpia.documents;

import java.util.Locale;

/** The languages documents are written in: Swedish first, English second. */
public enum Language {
	SV("sv"), EN("en");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** The language for a code such as {@code sv} or {@code en}, or {@code null} if there is none. */
	public static Language of(String code) {
		for (Language language : values()) {
			if (language.code.equals(code.toLowerCase(Locale.ROOT))) {
				return language;
			}
		}
		return null;
	}
}
