package se.dpia.app.tests.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.Messages;
import se.dpia.app.documents.DocumentsView;
import se.dpia.app.documents.GenerateDocumentsJob;
import se.dpia.app.documents.WorkbenchLanguage;
import se.dpia.app.views.heatmap.HeatMapView;
import se.dpia.app.views.preview.PreviewView;
import se.dpia.app.views.risks.RiskRegisterView;
import se.dpia.app.workspace.ProblemMarkers;
import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.UiWait;
import se.dpia.tests.ui.Widgets;

/**
 * The Done-when, step by step as a new user takes it, in the workbench's language (the build runs it with
 * {@code -nl sv} and again with {@code -nl en}): open the example, raise a risk's residual likelihood in the risk
 * register, see the heat map move it and, once saved, the Problems view ask for prior consultation; generate the
 * documents with a progress bar, and read the DPIA in the preview. A screenshot of each step goes to
 * {@code target/screenshots/walkthrough-<lang>-<n>-<step>.png}.
 */
class WalkthroughTest {

	private static final int RESIDUAL_LIKELIHOOD = 7;
	private static final String CONSULTATION = "prior-consultation-required";

	private final String language = WorkbenchLanguage.current().code();

	@Test
	void fromTheExampleToTheDpiaInThePreview(@TempDir Path copy) throws Exception {
		Assessment assessment = OpenExample.open(copy);
		IWorkbenchPage page = OpenExample.page();
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1400, 900);
		HeatMapView heatMap = (HeatMapView) page.showView(HeatMapView.ID);
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		long warningsBefore = markers(IMarker.SEVERITY_WARNING);
		// the view counts every problem marker in the workspace, the checker's and any of the platform's
		UiWait.until("the Problems view counts the example's warnings",
				() -> shown(shell, IMarker.SEVERITY_WARNING) == problems(IMarker.SEVERITY_WARNING), () -> problemsCountLine(shell));
		long shownBefore = shown(shell, IMarker.SEVERITY_WARNING);
		RiskRegisterView register = (RiskRegisterView) page.showView(RiskRegisterView.ID);
		TableViewer viewer = register.viewer();
		Risk risk = OpenExample.risk(assessment, "kamera_i_sovrummet");
		UiWait.until("the register and the heat map show the example", () -> viewer.getInput() == assessment.getRisks()
				&& heatMap.counts(true) != null && heatMap.counts(true).risks(2, 3).contains(risk));
		viewer.setSelection(new StructuredSelection(risk), true);
		screenshot(shell, "1-example");

		// 1. the residual likelihood 2 → 3 puts the risk above the acceptable level after measures (3 × 3 > 6)
		assertEquals(List.of(), consultationMarkers(risk), "the example needs no prior consultation for this risk");
		int from = heatMap.counts(true).count(2, 3);
		int to = heatMap.counts(true).count(3, 3);
		chooseInCell(viewer, risk, RESIDUAL_LIKELIHOOD, "3 ");
		assertEquals(3, risk.getResidualLikelihood(), "choosing 3 in the cell sets the residual likelihood");
		UiWait.until("the residual heat map moves the risk from 2×3 to 3×3",
				() -> heatMap.counts(true).count(2, 3) == from - 1 && heatMap.counts(true).count(3, 3) == to + 1);
		screenshot(shell, "2-risk-register");

		// 2. saved, the Problems view asks for a prior consultation of the risk
		page.activate(register);
		page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
		List<IMarker> consultation = consultationMarkers(risk);
		assertEquals(1, consultation.size(), "after saving, the checker asks for prior consultation");
		assertEquals(IMarker.SEVERITY_WARNING, consultation.get(0).getAttribute(IMarker.SEVERITY, -1));
		long added = markers(IMarker.SEVERITY_WARNING) - warningsBefore;
		assertTrue(added >= 1, "the checker warns of more than before");
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		assertTrue(problems(IMarker.SEVERITY_WARNING) > shownBefore, "the view has more warnings to count");
		UiWait.until("the Problems view counts the new warnings",
				() -> shown(shell, IMarker.SEVERITY_WARNING) == problems(IMarker.SEVERITY_WARNING),
				() -> problemsCountLine(shell) + ", expected " + problems(IMarker.SEVERITY_WARNING) + " warnings");
		// for the screenshot, the view's groups have caught up with its count line too
		UiWait.until("the Problems view's warnings group counts them", () -> groupTexts(shell).stream()
				.anyMatch(text -> text.startsWith(warningsGroup() + " (" + shown(shell, IMarker.SEVERITY_WARNING) + " ")),
				() -> groupTexts(shell).toString());
		screenshot(shell, "3-problems");

		// 3. Documents ▸ Generate documents: a user job, its progress in a dialog, one unit per file
		GenerateDocumentsJob job = (GenerateDocumentsJob) page.getWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand("se.dpia.app.generateDocuments", null);
		boolean[] progressShown = { false };
		UiWait.until("the progress dialog shows the generation at work, or the generation ends", () -> {
			if (job.laidOut() >= 1 && progressDialog(shell) != null) {
				progressShown[0] = true;
			}
			return progressShown[0] || job.getState() == Job.NONE;
		});
		assertTrue(progressShown[0], "a progress dialog shows while the documents are generated");
		screenshot(shell, "4-generate");
		UiWait.until("the generation ends and the Documents view lists its files",
				() -> job.getResult() != null && page.findView(DocumentsView.ID) != null
						&& ((DocumentsView) page.findView(DocumentsView.ID)).viewer().getTable().getItemCount() > 0,
				() -> String.valueOf(job.getResult()));
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		List<Path> written = job.written();
		assertTrue(written.size() > 1, "the example gives the report and more: " + written);
		assertEquals(written.size(), job.files(), "the job knew how many files it would write");
		assertEquals(written.size(), job.laidOut(), "one unit of progress per file");
		DocumentsView documents = (DocumentsView) page.findView(DocumentsView.ID);
		assertEquals(written.size(), documents.viewer().getTable().getItemCount(), "the view lists the files written");
		Path report = written.get(0);
		assertEquals(language.equals("sv") ? "konsekvensbedomning.pdf" : "dpia-report.pdf", report.getFileName().toString(),
				"the DPIA report comes first, named in the workbench's language");
		documents.viewer().setSelection(new StructuredSelection(report), true);
		screenshot(shell, "5-documents");

		// 4. the DPIA in the preview, opened from the list
		List<Button> open = Widgets.find(documents.viewer().getControl().getParent(), Button.class,
				button -> Messages.documentsOpen.equals(button.getText()));
		assertEquals(1, open.size(), "the Documents view has an open button");
		open.get(0).notifyListeners(SWT.Selection, new Event());
		PreviewView preview = (PreviewView) page.findView(PreviewView.ID);
		assertEquals(report, preview.file());
		UiWait.until("the preview shows the report's pages", () -> !preview.pageImages().isEmpty());
		ImageData first = preview.pageImages().get(0).getImageData();
		assertTrue(first.width > 400 && first.height > first.width, "a portrait page: " + first.width + "×" + first.height);
		assertTrue(hasInk(first), "the page has text on it, not a blank image");
		assertTrue(Widgets.labelTexts(shell).contains(org.eclipse.osgi.util.NLS.bind(Messages.previewPage, 1,
				preview.pageImages().size())), "the preview says which page of how many");
		// maximised (a double click on its tab), the preview fits the pages to its new width
		page.setPartState(page.getReference(preview), IWorkbenchPage.STATE_MAXIMIZED);
		try {
			UiWait.drain();
			UiWait.until("the preview has fitted the pages to the maximised view",
					() -> !preview.isRendering() && preview.pageImages().get(0).getBounds().width > first.width);
			screenshot(shell, "6-preview");
		} finally {
			// the next test finds the perspective's views as they were
			page.setPartState(page.getReference(preview), IWorkbenchPage.STATE_RESTORED);
		}
		preview.goToPage(1);
		assertEquals(1, preview.currentPage(), "Next goes to the second page");
	}

	/** The top rows of every tree (the Problems view's severity groups among them), without expanding any. */
	private static List<String> groupTexts(Shell shell) {
		return Widgets.find(shell, org.eclipse.swt.widgets.Tree.class, tree -> true).stream()
				.flatMap(tree -> Stream.of(tree.getItems())).map(org.eclipse.swt.widgets.TreeItem::getText).toList();
	}

	/** The progress dialog of a user job: a shell of its own over the workbench, with a progress bar. */
	private static Shell progressDialog(Shell workbench) {
		return Stream.of(Display.getCurrent().getShells()).filter(s -> s != workbench && s.isVisible())
				.filter(s -> !Widgets.find(s, ProgressBar.class, bar -> true).isEmpty()).findFirst().orElse(null);
	}

	private static boolean hasInk(ImageData page) {
		for (int y = 0; y < page.height; y += 4) {
			for (int x = 0; x < page.width; x += 2) {
				if ((page.getPixel(x, y) & 0xFF) < 0x40) {
					return true;
				}
			}
		}
		return false;
	}

	private void screenshot(Shell shell, String step) throws Exception {
		Screenshots.save(shell, Path.of("target/screenshots/walkthrough-" + language + "-" + step + ".png"));
	}

	/** Opens the cell's editor as a click does, chooses the item that starts with the prefix and presses Enter. */
	private static void chooseInCell(TableViewer viewer, Risk risk, int column, String prefix) {
		viewer.editElement(risk, column);
		List<CCombo> editors = Widgets.find(viewer.getTable(), CCombo.class, CCombo::isVisible);
		assertEquals(1, editors.size(), "one cell editor opens");
		CCombo combo = editors.get(0);
		List<String> items = Arrays.asList(combo.getItems());
		int index = items.indexOf(items.stream().filter(item -> item.startsWith(prefix)).findFirst().orElseThrow());
		combo.select(index);
		combo.notifyListeners(SWT.DefaultSelection, new Event());
		UiWait.drain();
		assertTrue(combo.isDisposed() || !combo.isVisible(), "Enter closes the cell editor");
	}

	private static long markers(int severity) throws Exception {
		IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		return Stream.of(markers).filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == severity).count();
	}

	/** The workspace's problem markers of a severity, of every type: what the Problems view counts. */
	private static long problems(int severity) {
		try {
			IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE);
			return Stream.of(markers).filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == severity).count();
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new AssertionError(e);
		}
	}

	/**
	 * The errors or warnings the Problems view counts in its line "3 errors, 25 warnings, 0 others" (in Swedish "3 fel,
	 * 25 varningar, …" from se.dpia.nl.sv.ui.ide); -1 before it shows the line.
	 */
	private static long shown(Shell shell, int severity) {
		String line = problemsCountLine(shell);
		if (line == null) {
			return -1;
		}
		String[] counts = line.split(", ");
		String count = counts[severity == IMarker.SEVERITY_ERROR ? 0 : 1];
		return Long.parseLong(count.substring(0, count.indexOf(' ')));
	}

	/** The Problems view's line "3 errors, 25 warnings, 0 others", or {@code null} before it shows one. */
	private static String problemsCountLine(Shell shell) {
		return Widgets.labelTexts(shell).stream()
				.filter(text -> text.matches("\\d+ (errors?|fel), \\d+ (warnings?|varningar|varning)\\b.*")).findFirst()
				.orElse(null);
	}

	private static List<IMarker> consultationMarkers(Risk risk) throws Exception {
		IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		return Stream.of(markers).filter(m -> CONSULTATION.equals(m.getAttribute(ProblemMarkers.CODE, ""))
				&& m.getAttribute(IMarker.MESSAGE, "").contains(risk.getId())).toList();
	}

	/** The Problems view's name for the warnings group in the workbench's language (Swedish from se.dpia.nl.sv.ui.ide). */
	private static String warningsGroup() {
		return Locale.getDefault().getLanguage().equals("sv") ? "Varningar" : "Warnings";
	}
}
