package se.dpia.model.editor;

import org.eclipse.osgi.util.NLS;

/** The editing glue's user-visible texts, in English ({@code messages.properties}) and Swedish. */
public final class Messages extends NLS {

	public static String undo;
	public static String undoCommand;
	public static String redo;
	public static String redoCommand;
	public static String delete;
	public static String newChild;
	public static String notAnInteger;
	public static String invalidValue;
	public static String chooseValuesTitle;
	public static String chooseValues;

	static {
		NLS.initializeMessages("se.dpia.model.editor.messages", Messages.class);
	}

	private Messages() {
	}
}
