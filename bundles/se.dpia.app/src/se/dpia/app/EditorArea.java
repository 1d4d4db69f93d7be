package se.dpia.app;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * The editor area shows only while an editor (a rule file) is open: empty, it would be an unnamed blank panel in the
 * middle of the window.
 */
final class EditorArea implements IPartListener2 {

	private final IWorkbenchPage page;

	private EditorArea(IWorkbenchPage page) {
		this.page = page;
	}

	static void follow(IWorkbenchPage page) {
		page.addPartListener(new EditorArea(page));
		update(page);
	}

	private static void update(IWorkbenchPage page) {
		boolean editors = page.getEditorReferences().length > 0;
		if (page.isEditorAreaVisible() != editors) {
			page.setEditorAreaVisible(editors);
		}
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof IEditorPart) {
			update(page);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof IEditorPart || reference.getId() == null) {
			update(page);
		}
	}
}
