package se.dpia.app.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.handlers.IHandlerService;

import se.dpia.app.Activatorless;

/**
 * A check that the installed product can generate, for the archive test: with {@code -Ddpia.selftest.generate=FILE}
 * the workbench, once its window is up with the assessment open, runs File ▸ Generate documents exactly as a user's
 * click does (the command, its handler and job), writes the job's result and the files it wrote to FILE, and closes.
 */
public final class GenerateSelfTest {

	static final String PROPERTY = "dpia.selftest.generate";
	private static final String COMMAND = "se.dpia.app.generateDocuments";

	private GenerateSelfTest() {
	}

	public static void whenUsable(IWorkbench workbench) {
		String file = System.getProperty(PROPERTY);
		if (file == null || file.isBlank()) {
			return;
		}
		workbench.getDisplay().asyncExec(() -> {
			Object job;
			try {
				job = workbench.getService(IHandlerService.class).executeCommand(COMMAND, null);
			} catch (Exception e) {
				report(workbench, file, "failed to start: " + e);
				return;
			}
			if (!(job instanceof GenerateDocumentsJob generation)) {
				report(workbench, file, "nothing was started (no assessment open?)");
				return;
			}
			generation.addJobChangeListener(new JobChangeAdapter() {
				@Override
				public void done(IJobChangeEvent event) {
					report(workbench, file, event.getResult().isOK() ? "ok\n" + generation.written().stream()
							.map(Path::toString).collect(Collectors.joining("\n")) : "failed: " + event.getResult().getMessage());
				}
			});
		});
	}

	private static void report(IWorkbench workbench, String file, String result) {
		try {
			Files.writeString(Path.of(file), result + "\n", StandardCharsets.UTF_8);
		} catch (IOException e) {
			Activatorless.log(Status.error("cannot write the self-test's result to " + file + ": " + e.getMessage(), e));
		}
		workbench.getDisplay().asyncExec(workbench::close);
	}
}
