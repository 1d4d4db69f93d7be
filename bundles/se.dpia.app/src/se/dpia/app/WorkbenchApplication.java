package se.dpia.app;

import java.util.Optional;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import se.dpia.app.workspace.AssessmentSession;
import se.dpia.app.workspace.AssessmentSession.Opening;

/** Starts the workbench; {@code ./dpia workbench DIR} passes the assessment folder as {@code --assessment DIR}. */
public class WorkbenchApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		// the folder to start with loads and is checked while the workbench starts, on the other core
		Optional<Opening> startFolder = StartFolder.from(args).map(AssessmentSession.get()::startOpening);
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new DpiaWorkbenchAdvisor(startFolder));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
