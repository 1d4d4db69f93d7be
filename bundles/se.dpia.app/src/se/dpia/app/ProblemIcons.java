package se.dpia.app;

import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.osgi.framework.Bundle;

/**
 * The icons of the Problems view. The view asks the workbench for images by name (an error's red cross, a warning's
 * triangle); the IDE's own workbench advisor (in {@code org.eclipse.ui.ide.application}) declares them, an RCP
 * product's advisor must do it itself, or the view draws a red placeholder square. The images are the ones
 * {@code org.eclipse.ui.ide} ships; the names are those of its {@code IDEInternalWorkbenchImages}.
 */
final class ProblemIcons {

	private static final String IDE = "org.eclipse.ui.ide";

	/** Image name → path in org.eclipse.ui.ide, as the IDE's advisor declares them. */
	static final Map<String, String> IMAGES = Map.ofEntries(
			Map.entry("IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png"),
			Map.entry("IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png"),
			Map.entry("IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png"),
			Map.entry("IMG_OBJS_FIXABLE_ERROR", "icons/full/obj16/quickfix_error_obj.png"),
			Map.entry("IMG_OBJS_FIXABLE_WARNING", "icons/full/obj16/quickfix_warning_obj.png"),
			Map.entry("IMG_OBJS_FIXABLE_INFO", "icons/full/obj16/quickfix_info_obj.png"),
			Map.entry("IMG_OBJS_COMPLETE_TSK", "icons/full/obj16/complete_tsk.png"),
			Map.entry("IMG_OBJS_INCOMPLETE_TSK", "icons/full/obj16/incomplete_tsk.png"),
			Map.entry("IMG_LCL_FLAT_LAYOUT", "icons/full/elcl16/flatLayout.png"),
			Map.entry("IMG_LCL_HIERARCHICAL_LAYOUT", "icons/full/elcl16/hierarchicalLayout.png"),
			Map.entry("IMG_ETOOL_PROBLEM_CATEGORY", "icons/full/etool16/problem_category.png"),
			Map.entry("IMG_ETOOL_PROBLEMS_VIEW", "icons/full/eview16/problems_view.png"),
			Map.entry("IMG_ETOOL_PROBLEMS_VIEW_ERROR", "icons/full/eview16/problems_view_error.png"),
			Map.entry("IMG_ETOOL_PROBLEMS_VIEW_WARNING", "icons/full/eview16/problems_view_warning.png"),
			Map.entry("IMG_ETOOL_PROBLEMS_VIEW_INFO", "icons/full/eview16/problems_view_info.png"),
			Map.entry("IMG_OBJ_PROJECT", "icons/full/obj16/prj_obj.png"),
			Map.entry("IMG_OBJ_PROJECT_CLOSED", "icons/full/obj16/cprj_obj.png"));

	private ProblemIcons() {
	}

	static void declare(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle(IDE);
		if (ide == null) {
			return;
		}
		IMAGES.forEach((name, path) -> {
			var url = ide.getEntry(path);
			if (url != null) {
				configurer.declareImage(name, ImageDescriptor.createFromURL(url), true);
			}
		});
	}
}
