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
 * closes. FILE gets {@code epochMs=} (the wall clock then) and {@code jvmUptimeMs=} (since the JVM started).
 */
final class StartupTiming {

	static final String PROPERTY = "dpia.benchmark.startup";

	private StartupTiming() {
	}

	static void whenUsable(IWorkbench workbench) {
		String file = System.getProperty(PROPERTY);
		if (file == null || file.isBlank()) {
			return;
		}
		// runs after the events already queued (layout, paint, the views' first input) are handled
		workbench.getDisplay().asyncExec(() -> {
			String timing = "epochMs=" + System.currentTimeMillis() + "\njvmUptimeMs="
					+ ManagementFactory.getRuntimeMXBean().getUptime() + "\n";
			try {
				Files.writeString(Path.of(file), timing, StandardCharsets.UTF_8);
			} catch (IOException e) {
				Activatorless.log(Status.error("cannot write the startup time to " + file + ": " + e.getMessage(), e));
			}
			workbench.close();
		});
	}
}
