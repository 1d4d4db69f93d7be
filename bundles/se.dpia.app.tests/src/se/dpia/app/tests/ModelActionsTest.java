package se.dpia.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.dpia.model.Assessment;
import se.dpia.model.Mitigation;
import se.dpia.model.Risk;
import se.dpia.model.editor.Messages;
import se.dpia.model.editor.ModelEditingDomain;
import se.dpia.model.editor.actions.CreateChildAction;
import se.dpia.model.editor.actions.DeleteAction;
import se.dpia.model.editor.actions.ModelContextMenu;
import se.dpia.model.editor.actions.RedoAction;
import se.dpia.model.editor.actions.UndoAction;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.tests.ui.TestFolders;

/** New child, Delete, Undo and Redo on the example's model, as the model tree's context menu offers them. */
class ModelActionsTest {

	private static final Path EXAMPLE = TestFolders.ROOT.resolve("examples/ange-trygghetskamera/assessment.dpia");

	private AdapterFactoryEditingDomain domain;
	private Assessment assessment;

	@BeforeEach
	void loadTheExample() throws Exception {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		assessment = AssessmentFiles.load(AssessmentFiles.prepare(resourceSet), EXAMPLE);
		domain = ModelEditingDomain.create(resourceSet);
	}

	@AfterEach
	void dispose() {
		ModelEditingDomain.dispose(domain);
	}

	@Test
	void theContextMenuOffersANewRiskAndCreatingItIsUndoable() {
		MenuManager menu = new MenuManager();
		UndoAction undo = new UndoAction(domain);
		new ModelContextMenu(domain, new FixedSelection(assessment), undo, new RedoAction(domain), new DeleteAction(domain))
				.menuAboutToShow(menu);
		MenuManager newChild = (MenuManager) Arrays.stream(menu.getItems()).filter(MenuManager.class::isInstance)
				.findFirst().orElseThrow();
		assertEquals(Messages.newChild, newChild.getMenuText());
		CreateChildAction newRisk = Arrays.stream(newChild.getItems()).map(ActionContributionItem.class::cast)
				.map(item -> (CreateChildAction) item.getAction())
				.filter(action -> action.getText().equals("Risk") || action.getText().endsWith(" Risk"))
				.findFirst().orElseThrow();
		int risks = assessment.getRisks().size();

		newRisk.run();
		assertEquals(risks + 1, assessment.getRisks().size());
		assertTrue(undo.isEnabled());
		undo.run();
		assertEquals(risks, assessment.getRisks().size());
	}

	@Test
	void deletingARiskRemovesItAndItsMitigationsLinkAndUndoRestoresBoth() {
		Risk risk = assessment.getRisks().stream().filter(r -> "R1".equals(r.getId())).findFirst().orElseThrow();
		List<Mitigation> linked = List.copyOf(risk.getMitigations());
		DeleteAction delete = new DeleteAction(domain);
		RedoAction redo = new RedoAction(domain);

		delete.select(new StructuredSelection(risk));
		assertTrue(delete.isEnabled());
		delete.run();
		assertFalse(assessment.getRisks().contains(risk));
		linked.forEach(mitigation -> assertFalse(mitigation.getRisks().contains(risk), mitigation.getId()));

		domain.getCommandStack().undo();
		assertTrue(assessment.getRisks().contains(risk));
		assertEquals(linked, risk.getMitigations());
		assertTrue(redo.isEnabled());
	}

	@Test
	void deleteIsDisabledWithoutASelection() {
		DeleteAction delete = new DeleteAction(domain);
		delete.select(StructuredSelection.EMPTY);
		assertFalse(delete.isEnabled());
	}

	/** A selection provider that always has the same selection. */
	private record FixedSelection(Object element) implements ISelectionProvider {
		@Override
		public ISelection getSelection() {
			return new StructuredSelection(element);
		}

		@Override
		public void setSelection(ISelection selection) {
			// fixed
		}

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			// never changes
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			// never changes
		}
	}
}
