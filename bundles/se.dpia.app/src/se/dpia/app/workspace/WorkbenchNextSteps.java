package se.dpia.app.workspace;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

import se.dpia.assessment.check.NextSteps;

/**
 * The next steps of the check messages in the workbench's words: the DPO menu's items, with the labels the menu shows
 * in the workbench's language (read from the same {@code plugin.properties}, so the advice cannot drift from the menu).
 */
public final class WorkbenchNextSteps implements NextSteps {

	public static final NextSteps INSTANCE = new WorkbenchNextSteps();

	private WorkbenchNextSteps() {
	}

	@Override
	public String seeChangesSinceApproval(Path folder, Locale locale) {
		return menuPath("%changes.label");
	}

	@Override
	public String approveAgain(Path folder, Locale locale) {
		return menuPath("%approve.label");
	}

	private static String menuPath(String item) {
		return label("%dpoMenu.label") + " \u25b8 " + label(item);
	}

	/** A label of the plug-in's menus without its mnemonic marker, as the menu shows it. */
	private static String label(String key) {
		return Platform.getResourceString(FrameworkUtil.getBundle(WorkbenchNextSteps.class), key).replace("&", "");
	}
}
