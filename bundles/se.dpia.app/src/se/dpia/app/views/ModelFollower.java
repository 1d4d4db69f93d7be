package se.dpia.app.views;

import java.util.EventObject;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Control;

import se.dpia.app.workspace.AssessmentSession;
import se.dpia.assessment.AssessmentFolder;
import se.dpia.model.Assessment;

/**
 * Keeps a view showing the open assessment as it is: calls back on the UI thread when another folder is opened and
 * after every command on the session's command stack (edits, undo, redo), wherever the edit was made.
 */
public final class ModelFollower {

	private final Control control;
	private final Consumer<Assessment> refresh;
	private final Consumer<AssessmentFolder> onOpen = folder -> later(this::connect);
	private final CommandStackListener onCommand = this::commandStackChanged;
	private AdapterFactoryEditingDomain domain;

	/** Follows the session for as long as the control lives, and shows the current assessment at once. */
	public ModelFollower(Control control, Consumer<Assessment> refresh) {
		this.control = control;
		this.refresh = refresh;
		AssessmentSession.get().addListener(onOpen);
		control.addDisposeListener(event -> dispose());
		connect();
	}

	/** The open assessment, or {@code null} before one is opened. */
	public static Assessment assessment() {
		AssessmentFolder folder = AssessmentSession.get().current();
		return folder == null ? null : folder.assessment();
	}

	private void connect() {
		if (control.isDisposed()) {
			return;
		}
		removeStackListener();
		domain = AssessmentSession.get().editingDomain();
		if (domain != null) {
			domain.getCommandStack().addCommandStackListener(onCommand);
		}
		refresh.accept(assessment());
	}

	private void commandStackChanged(EventObject event) {
		// the stack notifies on the thread that executed the command; the views repaint on the UI thread
		later(() -> refresh.accept(assessment()));
	}

	private void later(Runnable runnable) {
		if (!control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	private void removeStackListener() {
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(onCommand);
			domain = null;
		}
	}

	private void dispose() {
		AssessmentSession.get().removeListener(onOpen);
		removeStackListener();
	}
}
