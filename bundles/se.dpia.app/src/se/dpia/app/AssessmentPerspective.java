package se.dpia.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import se.dpia.app.views.ModelTreeView;

/** The assessment perspective: the model on the left, editors in the middle, its properties on the right, problems below. */
public class AssessmentPerspective implements IPerspectiveFactory {

	public static final String ID = "se.dpia.app.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(ModelTreeView.ID, IPageLayout.LEFT, 0.35f, editors);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.65f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.45f, editors);
	}
}
