package se.dpia.app;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;

/** Logs to the workbench's error log without a bundle activator. */
public final class Activatorless {

	private Activatorless() {
	}

	public static void log(IStatus status) {
		ILog.of(Activatorless.class).log(status);
	}
}
