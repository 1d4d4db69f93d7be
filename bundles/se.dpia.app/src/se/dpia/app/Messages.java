package se.dpia.app;

import org.eclipse.osgi.util.NLS;

/** The workbench's user-visible texts, in English ({@code messages.properties}) and Swedish. */
public final class Messages extends NLS {

	public static String menuFile;
	public static String menuEdit;
	public static String saveFailedTitle;
	public static String saveFailed;

	static {
		NLS.initializeMessages("se.dpia.app.messages", Messages.class);
	}

	private Messages() {
	}
}
