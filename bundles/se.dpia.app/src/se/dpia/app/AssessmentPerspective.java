package se.dpia.app;

import java.util.List;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import se.dpia.app.documents.DocumentsView;
import se.dpia.app.dpo.ChangesView;
import se.dpia.app.help.UserGuideView;
import se.dpia.app.views.ModelTreeView;
import se.dpia.app.views.actionplan.ActionPlanView;
import se.dpia.app.views.consent.ConsentTesterView;
import se.dpia.app.views.flows.FlowDiagramView;
import se.dpia.app.views.heatmap.HeatMapView;
import se.dpia.app.views.overview.OverviewView;
import se.dpia.app.views.preview.PreviewView;
import se.dpia.app.views.risks.RiskRegisterView;

/**
 * The assessment perspective: the model and the folder's files on the left, the heat map and the data-flow diagram
 * above the editors, properties on the right, and below
 * the risk register, the problems and the action plan.
 */
public class AssessmentPerspective implements IPerspectiveFactory {

	public static final String ID = "se.dpia.app.perspective";

	/** The views of the workbench, in the order Fönster ▸ Visa vy lists them. */
	public static final List<String> VIEWS = List.of(OverviewView.ID, ModelTreeView.ID, RiskRegisterView.ID,
			HeatMapView.ID, ActionPlanView.ID, FlowDiagramView.ID, DocumentsView.ID, PreviewView.ID, ChangesView.ID, ConsentTesterView.ID, UserGuideView.ID,
			IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROJECT_EXPLORER);

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.35f, editors);
		left.addView(ModelTreeView.ID);
		// the folder's files: model, rule files, generated documents
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.65f, editors);
		bottom.addView(RiskRegisterView.ID);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(ActionPlanView.ID);
		bottom.addPlaceholder(DocumentsView.ID);
		bottom.addPlaceholder(ChangesView.ID);
		// the heat map beside the editors: the register below and the heat map show the same risks two ways
		IFolderLayout overview = layout.createFolder("overview", IPageLayout.TOP, 0.8f, editors);
		// Översikt first: where the assessment stands and what to do next
		overview.addView(OverviewView.ID);
		overview.addView(HeatMapView.ID);
		overview.addView(FlowDiagramView.ID);
		overview.addView(ConsentTesterView.ID);
		// the preview beside the heat map, where there is room to read a page
		overview.addPlaceholder(PreviewView.ID);
		overview.addPlaceholder(UserGuideView.ID);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.45f, editors);
		// shown while a rule file is open in an editor (EditorArea), never as an empty panel
		layout.setEditorAreaVisible(false);
		// Fönster ▸ Visa vy lists every view of the workbench, so a closed one can be shown again
		for (String view : VIEWS) {
			layout.addShowViewShortcut(view);
		}
	}
}
