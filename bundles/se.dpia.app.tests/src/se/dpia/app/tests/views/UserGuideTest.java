package se.dpia.app.tests.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import se.dpia.app.Messages;
import se.dpia.app.help.UserGuideView;
import se.dpia.tests.ui.UiWait;

/**
 * Hjälp ▸ Användarhandledning opens the user guide of the workbench's language, as docs/ has it: every heading, and
 * every screenshot it refers to shown as a picture (none left as its alternative text).
 */
class UserGuideTest {

	private static final Path DOCS = Path.of(System.getProperty("dpia.root", "../..")).resolve("docs");
	private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]+\\)");

	@Test
	void theHelpMenuOpensTheGuideInTheWorkbenchsLanguageWithItsHeadingsAndPictures() throws Exception {
		Shell shell = OpenExample.page().getWorkbenchWindow().getShell();
		String label = Platform.getResourceBundle(FrameworkUtil.getBundle(UserGuideView.class)).getString("userGuide.label");
		Menu help = NavigationTest.submenu(shell.getMenuBar(), Messages.menuHelp);
		MenuItem item = NavigationTest.item(help, label)
				.orElseThrow(() -> new AssertionError("the Help menu lists " + label + ": " + NavigationTest.texts(help)));
		item.notifyListeners(SWT.Selection, new Event());
		UiWait.drain();
		UserGuideView view = (UserGuideView) OpenExample.page().findView(UserGuideView.ID);
		assertNotNull(view, label + " opens the guide");

		String language = Locale.getDefault().getLanguage().equals("sv") ? "sv" : "en";
		List<String> lines = Files.readAllLines(DOCS.resolve("user-guide." + language + ".md"));
		List<String> headings = lines.stream().filter(line -> line.startsWith("#"))
				.map(line -> line.substring(line.indexOf(' ') + 1).replace("**", "").replace("`", "")).toList();
		assertEquals(headings, view.headings(), "the guide's headings, in docs/user-guide." + language + ".md's order");

		long pictures = lines.stream().filter(line -> IMAGE.matcher(line.strip()).matches()).count();
		assertEquals(List.of(), view.missingPictures(), "screenshots the guide refers to that the installation lacks");
		assertEquals(pictures, view.pictures(), "every screenshot the guide refers to is shown as a picture");
	}
}
