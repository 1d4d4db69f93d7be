package se.dpia.app.tests.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.Messages;
import se.dpia.app.views.ModelTreeView;
import se.dpia.app.views.overview.OverviewView;
import se.dpia.app.views.risks.RiskRegisterView;
import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.UiWait;
import se.dpia.tests.ui.Widgets;

/**
 * Finding one's way: the model tree grouped by kind with counts, a closed view shown again through Fönster ▸ Visa
 * vy, and the model tree's dirty marker going when the register saves.
 */
class NavigationTest {

	@Test
	void theModelTreeGroupsTheElementsByKindWithTheirCounts(@TempDir Path copy) throws Exception {
		Assessment assessment = OpenExample.open(copy);
		ModelTreeView tree = (ModelTreeView) OpenExample.page().showView(ModelTreeView.ID);
		UiWait.until("the tree shows the assessment", () -> tree.viewer().getTree().getItemCount() == 1);
		TreeItem root = tree.viewer().getTree().getItem(0);
		tree.viewer().expandToLevel(2);
		List<String> kinds = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
		assertTrue(kinds.size() < 35, "the assessment shows a short list of kinds, not every element: " + kinds);
		String risks = kinds.stream().filter(kind -> kind.endsWith("(" + assessment.getRisks().size() + ")"))
				.filter(kind -> kind.startsWith(swedish() ? "Risker" : "Risks")).findFirst().orElse(null);
		assertNotNull(risks, "a folder of the risks with their number: " + kinds);
		TreeItem riskFolder = Arrays.stream(root.getItems()).filter(item -> item.getText().equals(risks)).findFirst().orElseThrow();
		tree.viewer().setExpandedState(riskFolder.getData(), true);
		assertEquals(assessment.getRisks().size(), riskFolder.getItemCount(), "the folder holds every risk");
		Screenshots.save(OpenExample.page().getWorkbenchWindow().getShell(), OpenExample.screenshot("model-tree-grouped"));
	}

	@Test
	void aClosedViewComesBackThroughTheWindowMenu(@TempDir Path copy) throws Exception {
		OpenExample.open(copy);
		IWorkbenchPage page = OpenExample.page();
		IViewPart overview = page.showView(OverviewView.ID);
		page.hideView(overview);
		assertNull(page.findView(OverviewView.ID), "the overview is closed");
		Shell shell = page.getWorkbenchWindow().getShell();
		Menu window = submenu(shell.getMenuBar(), Messages.menuWindow);
		Menu showView = submenu(window, Messages.menuShowView);
		MenuItem item = item(showView, overviewName()).orElseThrow(
				() -> new AssertionError("Show View lists the overview: " + texts(showView)));
		item.notifyListeners(SWT.Selection, new Event());
		UiWait.drain();
		assertNotNull(page.findView(OverviewView.ID), "Fönster ▸ Visa vy ▸ Översikt shows it again");
		assertFalse(page.isEditorAreaVisible(), "no empty editor area while no rule file is open");
	}

	@Test
	void savingFromTheRegisterTakesTheModelTreesDirtyMarkerAway(@TempDir Path copy) throws Exception {
		Assessment assessment = OpenExample.open(copy);
		IWorkbenchPage page = OpenExample.page();
		ModelTreeView tree = (ModelTreeView) page.showView(ModelTreeView.ID);
		RiskRegisterView register = (RiskRegisterView) page.showView(RiskRegisterView.ID);
		TableViewer viewer = register.viewer();
		UiWait.until("the register lists the risks", () -> viewer.getTable().getItemCount() == assessment.getRisks().size());
		Risk risk = OpenExample.risk(assessment, "kamera_i_sovrummet");
		var domain = se.dpia.app.workspace.AssessmentSession.get().editingDomain();
		domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, risk,
				se.dpia.model.DpiaPackage.Literals.RISK__LIKELIHOOD, 4));
		Shell shell = page.getWorkbenchWindow().getShell();
		String title = tree.getPartName();
		UiWait.until("the model tree's tab shows it is dirty", () -> tabTexts(shell).contains("*" + title), () -> tabTexts(shell).toString());
		page.activate(register);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
		UiWait.until("the model tree's tab is clean after File > Save in the register",
				() -> tabTexts(shell).contains(title) && !tabTexts(shell).contains("*" + title), () -> tabTexts(shell).toString());
		assertFalse(tree.isDirty());
	}

	private static boolean swedish() {
		return java.util.Locale.getDefault().getLanguage().equals("sv");
	}

	private static List<String> tabTexts(Shell shell) {
		return Widgets.find(shell, CTabFolder.class, f -> true).stream().flatMap(f -> Arrays.stream(f.getItems()))
				.map(CTabItem::getText).toList();
	}

	/** The overview's name in the workbench's language, as the view registry has it. */
	private static String overviewName() {
		return PlatformUI.getWorkbench().getViewRegistry().find(OverviewView.ID).getLabel();
	}

	/** The submenu under the item with the text (mnemonic left out), filled as it is when the user opens it. */
	static Menu submenu(Menu menu, String text) {
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem item = item(menu, text).orElseThrow(() -> new AssertionError("no menu " + text + " in " + texts(menu)));
		Menu sub = item.getMenu();
		sub.notifyListeners(SWT.Show, new Event());
		return sub;
	}

	static Optional<MenuItem> item(Menu menu, String text) {
		String wanted = text == null ? null : text.replace("&", "");
		return Arrays.stream(menu.getItems()).filter(item -> wanted == null || strip(item.getText()).equals(wanted)).findFirst();
	}

	static String strip(String text) {
		String plain = text.replace("&", "");
		int tab = plain.indexOf('\t');
		return tab < 0 ? plain : plain.substring(0, tab);
	}

	static List<String> texts(Menu menu) {
		return Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
	}
}
