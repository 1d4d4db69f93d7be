package se.dpia.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbench;

/**
 * The workbench benchmark's hook: started with {@code -Ddpia.benchmark.startup=FILE}, the workbench writes to FILE
 * when its first window is open, the assessment loaded and the event queue drained (the window answers input), then
 * closes. FILE gets {@code epochMs=} (the wall clock then), {@code jvmUptimeMs=} (since the JVM started) and
 * {@code windowJvmUptimeMs=} (since the JVM started, when the window first answered input: before the assessment,
 * which loads in the background, was shown).
 */
final class StartupTiming {

	static final String PROPERTY = "dpia.benchmark.startup";

	private static volatile long windowUptime = -1;

	private StartupTiming() {
	}

	/** Notes when the window first answers input: after the events queued at the end of start-up (layout, paint). */
	static void windowShown(IWorkbench workbench) {
		if (System.getProperty(PROPERTY) != null) {
			workbench.getDisplay().asyncExec(() -> windowUptime = ManagementFactory.getRuntimeMXBean().getUptime());
		}
	}

	static void whenUsable(IWorkbench workbench) {
		String file = System.getProperty(PROPERTY);
		if (file == null || file.isBlank()) {
			return;
		}
		// runs after the events already queued (layout, paint, the views' first input) are handled
		workbench.getDisplay().asyncExec(() -> {
			String timing = "epochMs=" + System.currentTimeMillis() + "\njvmUptimeMs="
					+ ManagementFactory.getRuntimeMXBean().getUptime() + "\nwindowJvmUptimeMs=" + windowUptime + "\n";
			try {
				Files.writeString(Path.of(file), timing, StandardCharsets.UTF_8);
			} catch (IOException e) {
				Activatorless.log(Status.error("cannot write the startup time to " + file + ": " + e.getMessage(), e));
			}
			workbench.close();
		});
	}
}
