package se.dpia.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.tests.ui.TestFolders;
import se.dpia.tests.ui.UiWait;

/**
 * The workbench's start: the folder to start with loads and is checked in a job while the window is drawn, and is
 * shown on the UI thread afterwards; the benchmark's and self-test's hooks run once it is shown, also when it can't be
 * opened.
 */
class OpenInBackgroundTest {

	@Test
	void loadsInAJobAndShowsTheFolderOnTheUiThreadAfterwards(@TempDir Path copy) throws Exception {
		TestFolders.copyExample("ange-trygghetskamera", copy);
		AssessmentSession session = AssessmentSession.get();
		AtomicBoolean afterwards = new AtomicBoolean();
		AtomicBoolean onTheUiThread = new AtomicBoolean();
		Display display = Display.getCurrent();

		Job job = session.openInBackground(copy, display, () -> {
			onTheUiThread.set(Display.getCurrent() == display);
			afterwards.set(true);
		});

		// the call returns at once: the folder is shown by the UI thread, this one, once it handles events again
		assertNotEquals(copy.toAbsolutePath().normalize(), shownFolder(session));
		assertFalse(afterwards.get(), "the hooks run only once the folder is shown");
		UiWait.until("the folder is shown", afterwards::get);
		assertTrue(onTheUiThread.get());
		assertEquals(copy.toAbsolutePath().normalize(), shownFolder(session));
		assertFalse(session.lastCheck().problems().isEmpty(), "the example's gaps are checked on opening");
		assertTrue(job.getName().contains(copy.getFileName().toString()), job.getName());
	}

	@Test
	void aFolderThatCannotBeOpenedStillLetsTheHooksRun(@TempDir Path folder) throws Exception {
		Path notAFolder = Files.writeString(folder.resolve("file.txt"), "not an assessment folder");
		AtomicBoolean afterwards = new AtomicBoolean();

		AssessmentSession.get().openInBackground(notAFolder, Display.getCurrent(), () -> afterwards.set(true));

		UiWait.until("the hooks run", afterwards::get);
	}

	/** The open folder's path as the session keeps it (an earlier test's folder may be gone from disk by now). */
	private static Path shownFolder(AssessmentSession session) {
		return session.current() == null ? null : session.current().root();
	}
}
