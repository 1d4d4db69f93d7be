package se.dpia.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;

import se.dpia.app.dpo.ChangesView;
import se.dpia.app.help.UserGuideView;
import se.dpia.app.views.ModelTreeView;
import se.dpia.app.views.consent.ConsentTesterView;
import se.dpia.app.views.overview.OverviewView;
import se.dpia.app.views.risks.RiskRegisterView;

/**
 * The documentation's screenshots, taken by the installed product itself: started with {@code -Ddpia.screenshots=DIR},
 * the workbench, once its window is up with the assessment open and its first check done, brings up each view the
 * user guide shows (and Dataskyddsombud ▸ Godkänn… as a user's click opens it), saves what the screen shows as
 * {@code DIR/NN-name.png}, and closes. {@code -Ddpia.screenshots.steps=overview,dpo-changes} takes only those.
 * {@code releng/scripts/product-screenshots.sh} runs it in Swedish and English.
 */
final class ScreenshotTour {

	static final String PROPERTY = "dpia.screenshots";
	static final String STEPS_PROPERTY = "dpia.screenshots.steps";
	/** How often the tour looks whether the workbench has settled (jobs done, events handled). */
	private static final int POLL_MS = 200;

	/** A view shown (maximised when {@code alone}, so all of it is seen) or a command run as a click would. */
	private record Step(String name, String viewId, boolean alone, String commandId) {

		static Step view(String name, String viewId, boolean alone) {
			return new Step(name, viewId, alone, null);
		}
	}

	private static final List<Step> STEPS = List.of(Step.view("overview", OverviewView.ID, false),
			Step.view("model-tree", ModelTreeView.ID, false), Step.view("risk-register", RiskRegisterView.ID, false),
			Step.view("consent-tester", ConsentTesterView.ID, true), Step.view("dpo-changes", ChangesView.ID, true),
			new Step("dpo-approve", null, false, "se.dpia.app.approve"), Step.view("user-guide", UserGuideView.ID, true));

	private final IWorkbench workbench;
	private final Path folder;
	private final Deque<Step> left = new ArrayDeque<>();

	private ScreenshotTour(IWorkbench workbench, Path folder, String only) {
		this.workbench = workbench;
		this.folder = folder;
		List<String> wanted = only == null || only.isBlank() ? null : List.of(only.split("\\s*,\\s*"));
		STEPS.stream().filter(step -> wanted == null || wanted.contains(step.name())).forEach(left::add);
	}

	static void whenUsable(IWorkbench workbench) {
		String folder = System.getProperty(PROPERTY);
		if (folder == null || folder.isBlank()) {
			return;
		}
		new ScreenshotTour(workbench, Path.of(folder), System.getProperty(STEPS_PROPERTY)).whenSettled(ScreenshotTour::next);
	}

	private void next() {
		Step step = left.poll();
		if (step == null) {
			workbench.close();
			return;
		}
		Display display = workbench.getDisplay();
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		try {
			if (step.viewId() != null) {
				IViewPart view = page.showView(step.viewId());
				if (step.alone()) {
					page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
				}
				whenSettled(tour -> {
					tour.capture(step, display.getActiveShell(), false);
					if (step.alone()) {
						page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
					}
				});
			} else {
				// a dialog opens its own event loop: the capture runs inside it, then closes the dialog
				whenSettled(tour -> tour.capture(step, display.getActiveShell(), true));
				workbench.getService(IHandlerService.class).executeCommand(step.commandId(), null);
			}
		} catch (Exception e) {
			Activatorless.log(Status.error("screenshot tour: " + step.name() + " could not be shown: " + e, e));
			whenSettled(ScreenshotTour::next);
		}
	}

	private void capture(Step step, Shell shell, boolean close) {
		try {
			save(shell, folder.resolve(String.format("%02d-%s.png", STEPS.indexOf(step) + 1, step.name())));
		} catch (Exception e) {
			Activatorless.log(Status.error("screenshot tour: cannot save " + step.name() + ": " + e, e));
		}
		if (close && shell != null && shell != workbench.getActiveWorkbenchWindow().getShell()) {
			shell.close();
		}
		whenSettled(ScreenshotTour::next);
	}

	/** Runs {@code then} once no job runs and the event queue is empty, looking again every {@link #POLL_MS}. */
	private void whenSettled(java.util.function.Consumer<ScreenshotTour> then) {
		Display display = workbench.getDisplay();
		display.timerExec(POLL_MS, () -> {
			if (!Job.getJobManager().isIdle()) {
				whenSettled(then);
			} else {
				display.asyncExec(() -> then.accept(this));
			}
		});
	}

	private static void save(Shell shell, Path file) throws java.io.IOException {
		Display display = shell.getDisplay();
		shell.layout(true, true);
		shell.update();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(file.toAbsolutePath().getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
