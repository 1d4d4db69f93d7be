package se.dpia.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.views.ModelTreeView;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.app.workspace.ProblemMarkers;

/** Starts the workbench on a copy of the example with a rule error: the model tree and the Problems view show it. */
class WorkbenchTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));

	@Test
	void opensTheExampleShowingItsModelAndTheRuleFilesProblem(@TempDir Path copy) throws Exception {
		copyFolder(ROOT.resolve("examples/ange-trygghetskamera"), copy);
		Path rules = copy.resolve("kameratillsyn.regler");
		Files.writeString(rules, Files.readString(rules).replace("gäller Trygghetskamera", "gäller Trygghetskamerra"));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

		AssessmentSession.get().open(copy);
		ModelTreeView modelView = (ModelTreeView) page.showView(ModelTreeView.ID);
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		Shell shell = page.getWorkbenchWindow().getShell();
		// the model's own validation may add problems of the example; the rule error is the one this test makes
		IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		long errors = Stream.of(markers).filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
		waitUntil(() -> modelView.viewer().getTree().getItemCount() == 1);
		// the Problems view groups entries by severity: "Errors (1 item)"
		String errorGroup = "Errors (" + errors + (errors == 1 ? " item)" : " items)");
		waitUntil(() -> allTreeTexts(shell).stream().anyMatch(text -> text.equals(errorGroup)));
		// and its count line has caught up, so the screenshot shows the entries
		waitUntil(() -> labelTexts(shell).stream().anyMatch(text -> text.startsWith(errors + " error")));
		screenshot(shell, Path.of("target/screenshots/workbench.png"));

		TreeItem assessment = modelView.viewer().getTree().getItem(0);
		assertTrue(assessment.getText().contains("Ånge"), assessment.getText());
		List<IMarker> ruleMarkers = Stream.of(markers)
				.filter(marker -> marker.getResource().getName().equals("kameratillsyn.regler")).toList();
		assertEquals(1, ruleMarkers.size());
		IMarker ruleMarker = ruleMarkers.get(0);
		assertEquals("unresolved-reference", ruleMarker.getAttribute(ProblemMarkers.CODE, ""));
		assertEquals(2, ruleMarker.getAttribute(IMarker.LINE_NUMBER, 0));
		assertEquals(IMarker.SEVERITY_ERROR, ruleMarker.getAttribute(IMarker.SEVERITY, -1));
	}

	/** Runs the event loop until the condition holds; fails after 30 s so a broken view can't hang the build. */
	private static void waitUntil(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the workbench did not reach the expected state within 30 s");
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { });
				display.sleep();
			}
		}
	}

	/** The texts of every tree item under a control, expanding trees so their rows exist. */
	private static List<String> allTreeTexts(Control control) {
		List<String> texts = new ArrayList<>();
		if (control instanceof Tree tree) {
			for (TreeItem item : tree.getItems()) {
				collect(item, texts);
			}
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				texts.addAll(allTreeTexts(child));
			}
		}
		return texts;
	}

	private static List<String> labelTexts(Control control) {
		List<String> texts = new ArrayList<>();
		if (control instanceof Label label) {
			texts.add(label.getText());
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				texts.addAll(labelTexts(child));
			}
		}
		return texts;
	}

	private static void collect(TreeItem item, List<String> texts) {
		texts.add(item.getText());
		item.setExpanded(true);
		for (TreeItem child : item.getItems()) {
			collect(child, texts);
		}
	}

	private static void screenshot(Shell shell, Path file) throws IOException {
		Display display = shell.getDisplay();
		// paint what the widgets already hold before copying the screen
		shell.layout(true, true);
		shell.redraw();
		shell.update();
		while (display.readAndDispatch()) {
			// drain pending paints
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(file.getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static void copyFolder(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
	}
}
