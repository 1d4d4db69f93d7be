package se.dpia.app.about;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;

import se.dpia.app.Messages;

/** Help ▸ About: opens the About dialog over the window. */
public final class AboutAction extends Action {

	private final IWorkbenchWindow window;

	public AboutAction(IWorkbenchWindow window) {
		super(Messages.menuAbout);
		this.window = window;
		setId(ActionFactory.ABOUT.getId());
	}

	@Override
	public void run() {
		new AboutDialog(window.getShell()).open();
	}
}
