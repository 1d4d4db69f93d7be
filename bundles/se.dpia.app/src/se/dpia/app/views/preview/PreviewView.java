package se.dpia.app.views.preview;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import se.dpia.app.Activatorless;
import se.dpia.app.Messages;
import se.dpia.app.documents.GeneratedDocuments;

/**
 * Shows a generated PDF page by page, so the DPO can read the DPIA in the workbench: pages rendered in the
 * background, scrolled through or stepped with ◀ ▶, fitted to the view's width or at 100 %. Shows the file again
 * when a generation rewrites it.
 */
public class PreviewView extends ViewPart {

	public static final String ID = "se.dpia.app.views.preview";

	private static final int MARGIN = 12;

	private final BiConsumer<Path, List<Path>> onWritten = this::rewritten;
	private final List<Image> images = new ArrayList<>();
	private final List<Label> pages = new ArrayList<>();
	private Label fileLabel;
	private Label pageLabel;
	private ScrolledComposite scroller;
	private Composite pageColumn;
	private Path file;
	private boolean fitWidth = true;
	private int renderedWidth;
	private int current;
	private Job rendering;

	/** Opens the preview (or brings it forward) and shows a PDF in it. */
	public static void open(IWorkbenchPage page, Path pdf) {
		try {
			((PreviewView) page.showView(ID)).show(pdf);
		} catch (PartInitException e) {
			Activatorless.log(e.getStatus());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		bar.setLayout(new RowLayout(SWT.HORIZONTAL));
		button(bar, Messages.previewPrevious, () -> goTo(current - 1));
		button(bar, Messages.previewNext, () -> goTo(current + 1));
		pageLabel = new Label(bar, SWT.NONE);
		button(bar, Messages.previewFitWidth, () -> zoom(true));
		button(bar, Messages.previewActualSize, () -> zoom(false));
		fileLabel = new Label(bar, SWT.NONE);
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroller.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		pageColumn = new Composite(scroller, SWT.NONE);
		pageColumn.setBackground(scroller.getBackground());
		GridLayout column = new GridLayout(1, false);
		column.marginWidth = MARGIN;
		column.marginHeight = MARGIN;
		column.verticalSpacing = MARGIN;
		pageColumn.setLayout(column);
		scroller.setContent(pageColumn);
		scroller.getVerticalBar().addListener(SWT.Selection, event -> followScroll());
		scroller.addListener(SWT.Resize, event -> refit());
		GeneratedDocuments.addListener(onWritten);
		showLabels();
	}

	private static void button(Composite bar, String text, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
	}

	/** Shows a PDF: its name at once, its pages when they are rendered. */
	public void show(Path pdf) {
		file = pdf.toAbsolutePath().normalize();
		current = 0;
		render();
	}

	/** Shows the file again when a generation has rewritten it. */
	private void rewritten(Path out, List<Path> files) {
		if (file != null && files.contains(file)) {
			render();
		}
	}

	private void zoom(boolean toWidth) {
		fitWidth = toWidth;
		if (file != null) {
			render();
		}
	}

	private void render() {
		if (rendering != null) {
			rendering.cancel();
		}
		Path pdf = file;
		int width = fitWidth ? fittedWidth() : 0;
		renderedWidth = width;
		showLabels();
		Job job = new Job(NLS.bind(Messages.previewJob, pdf.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					List<ImageData> rendered = PageImages.render(pdf, width, monitor);
					scroller.getDisplay().asyncExec(() -> showPages(this, pdf, rendered));
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (IOException | RuntimeException e) {
					return Status.error(NLS.bind(Messages.previewFailed, pdf, e.getMessage()), e);
				}
			}
		};
		rendering = job;
		job.schedule();
	}

	/** The width a page is fitted to; 0 (100 %) while the view is too narrow or not laid out yet. */
	private int fittedWidth() {
		int width = scroller.getClientArea().width - 2 * MARGIN - scroller.getVerticalBar().getSize().x;
		return width < 200 ? 0 : width;
	}

	/** Fitted to the width, the pages follow the view's width when it changes noticeably. */
	private void refit() {
		if (fitWidth && file != null && Math.abs(fittedWidth() - renderedWidth) > 40) {
			render();
		}
	}

	private void showPages(Job job, Path pdf, List<ImageData> rendered) {
		if (scroller.isDisposed() || job != rendering || !pdf.equals(file)) {
			return; // a newer rendering replaces this one
		}
		rendering = null;
		clearPages();
		for (ImageData data : rendered) {
			Image image = new Image(scroller.getDisplay(), data);
			images.add(image);
			Label page = new Label(pageColumn, SWT.NONE);
			page.setImage(image);
			pages.add(page);
		}
		Point size = pageColumn.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		pageColumn.setSize(size);
		pageColumn.layout(true);
		current = Math.min(current, Math.max(0, pages.size() - 1));
		goTo(current);
	}

	private void goTo(int page) {
		if (page < 0 || page >= pages.size()) {
			return;
		}
		current = page;
		scroller.setOrigin(0, pages.get(page).getBounds().y - MARGIN);
		showLabels();
	}

	/** The page at the top of the view is the current one, however the user scrolled there. */
	private void followScroll() {
		int top = scroller.getOrigin().y + MARGIN;
		for (int page = pages.size() - 1; page >= 0; page--) {
			if (pages.get(page).getBounds().y <= top + MARGIN) {
				current = page;
				break;
			}
		}
		showLabels();
	}

	private void showLabels() {
		fileLabel.setText(file == null ? Messages.previewNoFile : file.toString());
		pageLabel.setText(pages.isEmpty() ? (file == null ? "" : Messages.previewRendering)
				: NLS.bind(Messages.previewPage, current + 1, pages.size()));
		pageLabel.getParent().layout();
	}

	private void clearPages() {
		pages.forEach(Control::dispose);
		pages.clear();
		images.forEach(Image::dispose);
		images.clear();
	}

	@Override
	public void setFocus() {
		scroller.setFocus();
	}

	@Override
	public void dispose() {
		GeneratedDocuments.removeListener(onWritten);
		if (rendering != null) {
			rendering.cancel();
		}
		clearPages();
		super.dispose();
	}

	/** The file shown, or {@code null}. */
	public Path file() {
		return file;
	}

	/** The rendered pages shown now; empty while rendering. */
	public List<Image> pageImages() {
		return List.copyOf(images);
	}

	/** The page at the top of the view, from 0. */
	public int currentPage() {
		return current;
	}

	/** Whether pages are being rendered (a file opened, regenerated, zoomed or the view resized). */
	public boolean isRendering() {
		return rendering != null;
	}

	public void goToPage(int page) {
		goTo(page);
	}
}
