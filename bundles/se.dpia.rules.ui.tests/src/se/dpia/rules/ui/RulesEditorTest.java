package se.dpia.rules.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the example's consent rules in the editor, types an error, and sees it annotated with its code. */
class RulesEditorTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));

	@Test
	void anErrorTypedInTheEditorIsAnnotatedWithItsCode(@TempDir Path copy) throws Exception {
		copyFolder(ROOT.resolve("examples/ange-trygghetskamera"), copy);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(copy.resolve("kameratillsyn.regler").toUri()));
		assertTrue(part instanceof RulesEditor, "opened with " + part.getClass().getName());
		RulesEditor editor = (RulesEditor) part;
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		waitUntil(() -> annotations(editor, RulesProblemReporter.ERROR).isEmpty() && editor.getSite().getShell().isVisible());

		long typed = System.nanoTime();
		document.replace(document.get().indexOf("gäller Trygghetskamera") + "gäller Trygghetskamer".length(), 0, "r");
		waitUntil(() -> !annotations(editor, RulesProblemReporter.ERROR).isEmpty());
		long shownAfterMs = (System.nanoTime() - typed) / 1_000_000;
		System.out.println("RulesEditorTest: the error was annotated " + shownAfterMs + " ms after typing");

		List<Annotation> errors = annotations(editor, RulesProblemReporter.ERROR);
		assertEquals(1, errors.size(), errors.stream().map(Annotation::getText).toList().toString());
		assertTrue(errors.get(0).getText().contains("'Trygghetskamerra' is not a technology"), errors.get(0).getText());
		assertTrue(errors.get(0).getText().endsWith("[unresolved-reference]"), errors.get(0).getText());
		screenshot(editor.getSite().getShell(), Path.of("target/screenshots/rule-editor.png"));
		page.closeEditor(editor, false);
	}

	@Test
	void contentAssistProposesTheModelsTechnologies(@TempDir Path copy) throws Exception {
		copyFolder(ROOT.resolve("examples/ange-trygghetskamera"), copy);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		RulesEditor editor = (RulesEditor) IDE.openEditorOnFileStore(page,
				EFS.getLocalFileSystem().getStore(copy.resolve("kameratillsyn.regler").toUri()));
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		int offset = viewer.getDocument().get().indexOf("överväg först ") + "överväg först ".length();

		List<String> proposals = Stream.of(new RulesContentAssist(editor).computeCompletionProposals(viewer, offset))
				.map(ICompletionProposal::getDisplayString).toList();

		assertTrue(proposals.containsAll(List.of("Rörelsesensor", "Trygghetskamera")), proposals.toString());
		page.closeEditor(editor, false);
	}

	private static List<Annotation> annotations(RulesEditor editor, String type) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<Annotation> result = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (type.equals(annotation.getType())) {
				result.add(annotation);
			}
		}
		return result;
	}

	/** Runs the event loop until the condition holds; fails after 30 s so a broken editor can't hang the build. */
	private static void waitUntil(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the editor did not reach the expected state within 30 s");
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	private static void screenshot(Shell shell, Path file) throws IOException {
		Display display = shell.getDisplay();
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
