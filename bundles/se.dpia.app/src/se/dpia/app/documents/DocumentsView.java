package se.dpia.app.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import se.dpia.app.Messages;
import se.dpia.app.views.preview.PreviewView;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.assessment.AssessmentFolder;

/**
 * The documents of the open assessment: the PDF files in its {@code out/} folder, those of the last generation
 * marked as new. A double click (or Enter, or the button) opens a file in the preview.
 */
public class DocumentsView extends ViewPart {

	public static final String ID = "se.dpia.app.views.documents";

	private final Consumer<AssessmentFolder> onOpen = folder -> later(() -> list(folder, List.of()));
	private final BiConsumer<Path, List<Path>> onWritten = (out, files) -> list(AssessmentSession.get().current(), files);
	private Label folderLabel;
	private TableViewer viewer;
	private Set<Path> justWritten = Set.of();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		folderLabel = new Label(parent, SWT.NONE);
		folderLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button open = new Button(parent, SWT.PUSH);
		open.setText(Messages.documentsOpen);
		open.addListener(SWT.Selection, event -> openSelected());
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.documentsColumnFile, 360, file -> file.getFileName().toString());
		column(Messages.documentsColumnWritten, 220, this::written);
		viewer.addDoubleClickListener(event -> openSelected());
		viewer.addOpenListener(event -> openSelected());
		getSite().setSelectionProvider(viewer);
		AssessmentSession.get().addListener(onOpen);
		GeneratedDocuments.addListener(onWritten);
		list(AssessmentSession.get().current(), List.of());
	}

	private void column(String header, int width, java.util.function.Function<Path, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Path) element);
			}
		});
	}

	private String written(Path file) {
		try {
			String time = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.MEDIUM, Locale.getDefault())
					.format(new Date(Files.getLastModifiedTime(file).toMillis()));
			return justWritten.contains(file) ? NLS.bind(Messages.documentsNew, time) : time;
		} catch (IOException e) {
			return "";
		}
	}

	/** Shows the PDFs in the folder's {@code out/}, marking those just written. */
	private void list(AssessmentFolder folder, List<Path> written) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		justWritten = Set.copyOf(written);
		if (folder == null) {
			folderLabel.setText(Messages.noAssessment);
			viewer.setInput(List.of());
			return;
		}
		Path out = folder.root().resolve(GenerateDocumentsJob.OUT);
		folderLabel.setText(NLS.bind(Messages.documentsFolder, out));
		viewer.setInput(pdfsIn(out));
		folderLabel.getParent().layout();
	}

	private static List<Path> pdfsIn(Path out) {
		if (!Files.isDirectory(out)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(out)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".pdf")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void openSelected() {
		Object file = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		if (file instanceof Path pdf) {
			PreviewView.open(getSite().getPage(), pdf);
		}
	}

	private void later(Runnable runnable) {
		if (!viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		AssessmentSession.get().removeListener(onOpen);
		GeneratedDocuments.removeListener(onWritten);
		super.dispose();
	}

	public TableViewer viewer() {
		return viewer;
	}
}
