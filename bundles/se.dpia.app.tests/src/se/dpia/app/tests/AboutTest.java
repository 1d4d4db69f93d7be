package se.dpia.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import se.dpia.app.Messages;
import se.dpia.app.about.AboutDialog;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.UiWait;

/** The branding: the window's name and icons, Help ▸ About, and the component versions the About dialog shows. */
class AboutTest {

	@Test
	void theWindowCarriesTheProductsNameAndIcons() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		assertTrue(shell.getText().contains(Messages.productName), shell.getText());
		assertEquals(5, shell.getImages().length, "the window has the icons of 16, 32, 48, 64 and 128 pixels");
	}

	@Test
	void helpMenuOpensAboutWithTheRunningComponentVersions() throws Exception {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		MenuItem about = item(item(window.getMenuBar(), Messages.menuHelp).getMenu(), Messages.menuAbout);
		assertNotNull(about, "Help has an About item");

		AboutDialog dialog = new AboutDialog(window);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			UiWait.drain();
			Map<String, String> versions = Arrays.stream(dialog.components().getItems())
					.collect(Collectors.toMap(row -> row.getText(0), row -> row.getText(1)));
			for (String component : List.of("EMF (Ecore)", "Xtext", "Apache PDFBox", "openhtmltopdf",
					"Eclipse Layout Kernel (ELK)", "Eclipse JGit")) {
				assertTrue(versions.containsKey(component), "About lists " + component + ": " + versions);
			}
			assertEquals(Platform.getBundle("org.eclipse.elk.core").getVersion().toString(),
					versions.get("Eclipse Layout Kernel (ELK)"));
			assertTrue(versions.get("Eclipse Layout Kernel (ELK)").startsWith("0.12.1"), versions.toString());
			assertTrue(versions.get("Apache PDFBox").startsWith("3."), versions.toString());
			assertTrue(Arrays.stream(dialog.components().getItems()).map(TableItem::getText)
					.noneMatch(Messages.aboutNotInstalled::equals), "every key component is installed");
			Screenshots.save(dialog.getShell(), Path.of("target/screenshots/about.png"));
		} finally {
			dialog.close();
		}
	}

	private static MenuItem item(Menu menu, String text) {
		// the workbench fills a menu when it is shown
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			if (item.getText().replace("&", "").startsWith(text.replace("&", ""))) {
				return item;
			}
		}
		throw new AssertionError("no menu item " + text + " among " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
	}
}
