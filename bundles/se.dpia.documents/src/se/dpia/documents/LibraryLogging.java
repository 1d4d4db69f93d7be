package se.dpia.documents;

/**
 * The libraries' logging: PDFBox logs through commons-logging, which uses the Log4j API when it is there, and Apache
 * POI (the Word files) logs through the Log4j API. The product has no Log4j implementation, and without one the API
 * prints "ERROR Log4j API could not find a logging provider" on the first log call, on every generate. Unless the
 * user chose a provider ({@code -Dlog4j.provider=...}), the API's own simple provider is used: errors only, to
 * standard error, as {@code log4j.properties} does for the libraries that use log4j 1.
 */
public final class LibraryLogging {

	static final String PROVIDER = "log4j.provider";
	static final String SIMPLE = "org.apache.logging.log4j.simple.internal.SimpleProvider";

	private LibraryLogging() {
	}

	/** Chooses the simple provider unless one is chosen; called before PDFBox or POI first log. */
	public static synchronized void install() {
		if (System.getProperty(PROVIDER) == null && System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty(PROVIDER, SIMPLE);
		}
	}
}
