package se.dpia.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.views.ModelTreeView;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.editor.Messages;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.TestFolders;
import se.dpia.tests.ui.UiWait;
import se.dpia.tests.ui.Widgets;

/**
 * The user's path through the model editor: select risk R1, type a new likelihood into its cell in the Properties
 * view, undo, redo, save with the workbench's Save command, and find the value in the saved file.
 */
class RiskPropertiesTest {

	@Test
	void editsARisksLikelihoodInThePropertiesViewUndoesRedoesAndSaves(@TempDir Path copy) throws Exception {
		TestFolders.copyExample("ange-trygghetskamera", copy);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		AssessmentSession.get().open(copy);
		ModelTreeView modelView = (ModelTreeView) page.showView(ModelTreeView.ID);
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		Assessment assessment = AssessmentSession.get().current().assessment();
		// the tree may still show the folder of a test before: wait for this one, with its icons
		UiWait.until("the model tree shows the assessment", () -> modelView.viewer().getTree().getItemCount() == 1
				&& modelView.viewer().getTree().getItem(0).getData() == assessment
				&& modelView.viewer().getTree().getItem(0).getImage() != null);
		Risk risk = risk(assessment, "R1");
		int before = risk.getLikelihood();
		int after = before == 3 ? 2 : 3;

		page.activate(modelView);
		modelView.viewer().setSelection(new StructuredSelection(risk), true);
		String likelihood = PropertyRows.displayName(modelView, risk, "likelihood");
		UiWait.until("the Properties view shows R1", () -> PropertyRows.value(PropertyRows.tree(properties), likelihood) != null,
				() -> "; it shows " + Widgets.allTreeTexts(PropertyRows.tree(properties)));
		Tree sheet = PropertyRows.tree(properties);

		Text cell = PropertyRows.edit(sheet, likelihood);
		cell.setText(Integer.toString(after));
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(after, risk.getLikelihood(), "typing into the cell sets the likelihood");
		assertTrue(modelView.isDirty(), "a changed model marks the view dirty");
		IAction undo = modelView.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		assertTrue(undo.isEnabled());
		assertTrue(undo.getText().startsWith(NLS.bind(Messages.undoCommand, "")), undo.getText());

		page.activate(modelView);
		execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(before, risk.getLikelihood(), "Undo restores the likelihood");
		assertFalse(modelView.isDirty(), "undone back to the saved state, nothing to save");
		UiWait.until("the Properties view shows the restored value",
				() -> Integer.toString(before).equals(PropertyRows.value(sheet, likelihood)));

		execute(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals(after, risk.getLikelihood(), "Redo sets it again");
		UiWait.until("the Properties view shows the new value",
				() -> Integer.toString(after).equals(PropertyRows.value(sheet, likelihood)));
		execute(IWorkbenchCommandConstants.FILE_SAVE);
		assertFalse(modelView.isDirty(), "saving clears the dirty marker");
		Shell shell = page.getWorkbenchWindow().getShell();
		Screenshots.save(shell, Path.of("target/screenshots/risk-properties.png"));

		Path file = copy.resolve("assessment.dpia");
		assertEquals(after, risk(AssessmentFiles.load(file), "R1").getLikelihood(), "the saved file holds the new likelihood");
		try (Stream<Path> files = Files.list(copy)) {
			List<String> leftovers = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
			assertEquals(List.of(), leftovers, "saving leaves no temporary file behind");
		}
	}

	private static void execute(String commandId) throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
		handlers.executeCommand(commandId, null);
		UiWait.drain();
	}

	private static Risk risk(Assessment assessment, String id) {
		Risk risk = assessment.getRisks().stream().filter(r -> id.equals(r.getId())).findFirst().orElse(null);
		assertNotNull(risk, "the example has a risk " + id);
		return risk;
	}

	/** Rows of the Properties view: finding one by its property's name, reading its value, opening its cell editor. */
	static final class PropertyRows {

		private PropertyRows() {
		}

		static String displayName(ModelTreeView view, Risk risk, String featureName) {
			var source = (org.eclipse.emf.edit.provider.IItemPropertySource) AssessmentSession.get().editingDomain()
					.getAdapterFactory().adapt(risk, org.eclipse.emf.edit.provider.IItemPropertySource.class);
			return source.getPropertyDescriptors(risk).stream()
					.filter(d -> d.getFeature(risk) == risk.eClass().getEStructuralFeature(featureName))
					.map(d -> d.getDisplayName(risk)).findFirst().orElseThrow();
		}

		static Tree tree(PropertySheet properties) {
			return (Tree) properties.getCurrentPage().getControl();
		}

		/** The value column of the row, or {@code null} while there is no such row. */
		static String value(Tree sheet, String name) {
			TreeItem row = Widgets.treeItem(sheet, name);
			return row == null ? null : row.getText(1);
		}

		/** Opens the row's cell editor as Enter on the selected row does, and returns the editor's text field. */
		static Text edit(Tree sheet, String name) {
			TreeItem row = Widgets.treeItem(sheet, name);
			sheet.setSelection(row);
			Event enter = new Event();
			enter.item = row;
			sheet.notifyListeners(SWT.DefaultSelection, enter);
			List<Text> editors = Widgets.find(sheet, Text.class, text -> true);
			assertEquals(1, editors.size(), "one cell editor opens on the row " + row.getText());
			return editors.get(0);
		}
	}
}
