package se.dpia.app;

import java.util.Optional;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import se.dpia.app.views.overview.OverviewView;
import se.dpia.app.documents.GenerateSelfTest;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.app.workspace.AssessmentSession.Opening;

/** Sets the workbench up for the working group: the assessment perspective, IDE adapters for markers. */
public class DpiaWorkbenchAdvisor extends WorkbenchAdvisor {

	private final Optional<Opening> startFolder;

	/** With the folder to start with, already {@linkplain AssessmentSession#startOpening being loaded}. */
	public DpiaWorkbenchAdvisor(Optional<Opening> startFolder) {
		this.startFolder = startFolder;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		IDE.registerAdapters();
		ProblemIcons.declare(configurer);
		configurer.setSaveAndRestore(false);
	}

	/**
	 * Opens the first window on the UI thread. WorkbenchAdvisor's own version restores the saved state in a thread of
	 * its own and puts the display to sleep until that thread wakes it; with nothing saved to restore (save and
	 * restore are off) the thread ends within milliseconds and its wake-up is lost about every other start, so the UI
	 * thread slept until the next event: 5 to 6 s (JFR: the thread gone 6 ms after it started, the UI thread in
	 * Display.sleep for the next 5.8 s). The same steps without the thread: restore, then open the first window when
	 * the state was reset; refuse to start when restoring says so.
	 */
	@Override
	public boolean openWindows() {
		IWorkbenchConfigurer configurer = getWorkbenchConfigurer();
		IStatus restored = configurer.restoreState();
		if (!restored.isOK() && restored.getCode() == IWorkbenchConfigurer.RESTORE_CODE_EXIT) {
			return false;
		}
		if (!restored.isOK() && restored.getCode() == IWorkbenchConfigurer.RESTORE_CODE_RESET) {
			configurer.openFirstTimeWindow();
		}
		return true;
	}

	/** The Project Explorer's input: the workspace, which holds the open assessment folder as its one project. */
	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return AssessmentPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
				return new DpiaActionBarAdvisor(actionBars);
			}

			@Override
			public void preWindowOpen() {
				configurer.setInitialSize(new org.eclipse.swt.graphics.Point(1200, 800));
				configurer.setShowStatusLine(true);
				// the toolbar holds Generate documents; the status line shows a running generation's progress
				configurer.setShowCoolBar(true);
				configurer.setShowProgressIndicator(true);
				configurer.setTitle(Messages.productName);
			}

			@Override
			public void postWindowOpen() {
				EditorArea.follow(configurer.getWindow().getActivePage());
			}
		};
	}

	/**
	 * The window is open but not yet drawn: the folder to start with, loading and being checked in a job since the
	 * application started, is shown when it is ready (the status line shows the progress meanwhile), so the window is
	 * drawn and answers input first; Översikt comes to the front when the folder is shown.
	 */
	@Override
	public void postStartup() {
		IWorkbench workbench = getWorkbenchConfigurer().getWorkbench();
		StartupTiming.windowShown(workbench);
		startFolder.ifPresentOrElse(opening -> opening.showWhenLoaded(workbench.getDisplay(), () -> {
			OverviewView.showFirst();
			whenOpened(workbench);
		}), () -> whenOpened(workbench));
	}

	/** The hooks of the benchmark, the product's self-test and the screenshot tour: they start from the open folder. */
	private static void whenOpened(IWorkbench workbench) {
		StartupTiming.whenUsable(workbench);
		GenerateSelfTest.whenUsable(workbench);
		ScreenshotTour.whenUsable(workbench);
	}

	@Override
	public void postShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			Activatorless.log(e.getStatus());
		}
	}
}
