package se.dpia.documents.pdf;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * The layout engine's log: only warnings and errors reach standard error (a missing image, a CSS mistake in a
 * template); its timing and progress chatter at level INFO would drown the command line's one line per file.
 */
final class EngineLog implements XRLogger {

	private static boolean installed;

	static synchronized void install() {
		if (!installed) {
			XRLog.setLoggerImpl(new EngineLog());
			installed = true;
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		if (level.intValue() >= Level.WARNING.intValue()) {
			System.err.println("layout " + level.getName().toLowerCase(java.util.Locale.ROOT) + ": " + message
					+ (error == null ? "" : " (" + error + ")"));
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// the threshold is fixed at WARNING
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
	}
}
