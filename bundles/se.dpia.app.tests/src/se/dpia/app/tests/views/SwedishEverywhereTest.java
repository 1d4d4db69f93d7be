package se.dpia.app.tests.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.AssessmentPerspective;

/**
 * Under {@code -nl sv} every menu item (opened as the user opens it, submenus too) and every view title is Swedish:
 * no word of the English menus is left, apart from a short list of proper names.
 */
class SwedishEverywhereTest {

	/** Words that only occur in English texts of the platform's and our menus. */
	private static final Set<String> ENGLISH = Set.of("file", "edit", "window", "help", "open", "show", "save", "reset",
			"other", "view", "views", "restart", "convert", "line", "delimiters", "keybindings", "active", "undo", "redo",
			"delete", "exit", "quit", "properties", "problems", "project", "explorer", "about", "new", "close", "generate",
			"documents", "preview", "perspective", "approve", "changes", "since", "approval", "overview", "guide", "user",
			"consent", "tester", "heat", "map", "action", "flows", "assessment",
			"model", "folder", "select", "find", "replace", "copy", "paste", "cut", "the", "to", "of", "and");
	/** Proper names and abbreviations that are the same in Swedish. */
	private static final Set<String> NAMES = Set.of("dpia", "workbench", "dpo");

	@Test
	void everyMenuAndViewTitleIsSwedish(@TempDir Path copy) throws Exception {
		assertEquals("sv", Locale.getDefault().getLanguage(), "runs in the Swedish workbench (-nl sv)");
		OpenExample.open(copy);
		IWorkbenchPage page = OpenExample.page();
		List<String> texts = new ArrayList<>();
		walk(page.getWorkbenchWindow().getShell().getMenuBar(), "", texts);
		assertTrue(texts.size() > 15, "the menus were opened: " + texts);
		for (String id : AssessmentPerspective.VIEWS) {
			IViewDescriptor view = PlatformUI.getWorkbench().getViewRegistry().find(id);
			texts.add(view.getLabel());
		}
		List<String> english = texts.stream().filter(SwedishEverywhereTest::english).toList();
		assertEquals(List.of(), english, "English under -nl sv, of " + texts);
	}

	private static void walk(Menu menu, String path, List<String> texts) {
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) != 0 || item.getText().isBlank()) {
				continue;
			}
			String text = NavigationTest.strip(item.getText());
			texts.add(path + text);
			if (item.getMenu() != null) {
				walk(item.getMenu(), path + text + " > ", texts);
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
	}

	private static boolean english(String text) {
		String last = text.contains(" > ") ? text.substring(text.lastIndexOf(" > ") + 3) : text;
		return Arrays.stream(last.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
				.filter(word -> !NAMES.contains(word)).anyMatch(ENGLISH::contains);
	}
}
