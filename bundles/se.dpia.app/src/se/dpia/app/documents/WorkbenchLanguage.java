package se.dpia.app.documents;

import java.util.Locale;

import se.dpia.documents.Language;

/**
 * The language documents are written in from the workbench: the language it shows its own texts in ({@code -nl sv}
 * gives Swedish, anything else the English base texts), as {@code ./dpia generate --lang} does for the command line.
 */
public final class WorkbenchLanguage {

	private WorkbenchLanguage() {
	}

	public static Language current() {
		return Language.SV.code().equals(Locale.getDefault().getLanguage()) ? Language.SV : Language.EN;
	}
}
