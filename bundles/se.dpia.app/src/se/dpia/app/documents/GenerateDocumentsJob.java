package se.dpia.app.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import se.dpia.app.Messages;
import se.dpia.assessment.AssessmentFolder;
import se.dpia.documents.GenerationProgress;
import se.dpia.documents.Language;
import se.dpia.documents.TemplateException;
import se.dpia.documents.Templates;

/**
 * Generates an assessment folder's documents into its {@code out/} folder through the same API as
 * {@code ./dpia generate} ({@link AssessmentFolder#generate}), in the
 * background with one unit of progress per file. It reads the folder's saved files, so the documents are those of
 * the files on record and the user may go on editing meanwhile. Cancelling stops before the next document and
 * writes nothing (the documents are all laid out before the first is written).
 */
public final class GenerateDocumentsJob extends Job {

	/** The folder generated documents go to, inside the assessment folder (the command line's default). */
	public static final String OUT = "out";

	private final Path folder;
	private final Templates templates;
	private final Language language;
	private final AtomicInteger files = new AtomicInteger(-1);
	private final AtomicInteger laidOut = new AtomicInteger();
	private volatile List<Path> written = List.of();

	public GenerateDocumentsJob(Path folder, Templates templates, Language language) {
		super(NLS.bind(Messages.generateJob, folder.getFileName()));
		this.folder = folder;
		this.templates = templates;
		this.language = language;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		try {
			progress.subTask(Messages.generateReading);
			AssessmentFolder loaded = AssessmentFolder.open(folder);
			if (loaded.assessment() == null) {
				return Status.error(NLS.bind(Messages.generateNoModel, folder));
			}
			progress.worked(1);
			SubMonitor documents = progress.split(9);
			written = loaded.generate(templates, language, out(), new GenerationProgress() {
						@Override
						public void begin(int count) {
							files.set(count);
							documents.setWorkRemaining(count);
						}

						@Override
						public void laidOut(Path file) {
							laidOut.incrementAndGet();
							documents.subTask(file.getFileName().toString());
							documents.worked(1);
						}

						@Override
						public boolean isCancelled() {
							return documents.isCanceled();
						}
					});
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | TemplateException | RuntimeException e) {
			return Status.error(NLS.bind(Messages.generateFailed, folder, e.getMessage()), e);
		} finally {
			monitor.done();
		}
	}

	/** The output folder, {@code out/} of the assessment folder. */
	public Path out() {
		return folder.resolve(OUT);
	}

	/** How many files this generation writes, once known; {@code -1} before. */
	public int files() {
		return files.get();
	}

	/** How many files are laid out so far: the units of work done. */
	public int laidOut() {
		return laidOut.get();
	}

	/** The files written, in order; empty until the job has finished well. */
	public List<Path> written() {
		return written;
	}
}
