package se.dpia.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;

import se.dpia.documents.docx.DocxWriter;
import se.dpia.documents.pdf.DocumentInfo;
import se.dpia.documents.pdf.PdfWriter;
import se.dpia.model.Assessment;

/**
 * Generates every document of an assessment into an output folder, reporting each file as it is written. A pure
 * function of its {@link DocumentInput}, the templates and the language: it reads no model, rule file or repository
 * itself. The output folder is checked first, then all documents are laid out before the first is written, so a
 * template error leaves the folder as it was; then every file goes to a temporary name and, only when all are
 * written, each is moved into place ({@link OutputSet}).
 * <p>
 * The documents are laid out on all cores, each on its own: a document's bytes depend only on its own content, so the
 * set is the same byte for byte whether laid out in parallel or one after the other (system property
 * {@value #THREADS_PROPERTY}{@code =1} forces the latter). The progress hears of the documents in their order, on the
 * caller's thread.
 */
public final class DocumentSet {

	/** How many documents are laid out at the same time; the number of processors when not given. */
	public static final String THREADS_PROPERTY = "dpia.documents.threads";

	private final Templates templates;
	private final Language language;
	private final int threads;
	private final OutputFormat format;

	public DocumentSet(Templates templates, Language language) {
		this(templates, language, Integer.getInteger(THREADS_PROPERTY, Runtime.getRuntime().availableProcessors()));
	}

	/** @param threads how many documents are laid out at the same time, at least 1 */
	DocumentSet(Templates templates, Language language, int threads) {
		this(templates, language, threads, OutputFormat.PDF);
	}

	private DocumentSet(Templates templates, Language language, int threads, OutputFormat format) {
		this.templates = templates;
		this.language = language;
		this.threads = Math.max(1, threads);
		this.format = format;
	}

	/**
	 * The same documents written as PDF (the default), as Word files (.docx, beside where the PDFs go, same names), or
	 * both: each document's PDF, then its Word file.
	 */
	public DocumentSet as(OutputFormat format) {
		return new DocumentSet(templates, language, threads, format == null ? OutputFormat.PDF : format);
	}

	/** Documents from the templates in a folder. */
	public DocumentSet(Path templates, Language language) {
		this(Templates.folder(templates), language);
	}

	/** The document kinds, in the order they are written. */
	static List<DocumentKind> kinds(DocumentInput input) {
		return List.of(new DpiaReport(input.approvedContentUnchanged(), input.history()), new PubAnnexes(),
				new PubAgreements(),
				new Routines(), new Checklists(), new ConsentForms(), new Information());
	}

	/** Writes the documents of a model alone and returns their paths, in the order written. */
	public List<Path> generate(Assessment assessment, Path out, Consumer<Path> written)
			throws IOException, TemplateException {
		return generate(DocumentInput.of(assessment), out, progressOf(written));
	}

	/** Writes the documents of a model and its loaded rule files (approval state unknown, the model's history). */
	public List<Path> generate(Assessment assessment, List<? extends Resource> ruleResources, Path out,
			Consumer<Path> written) throws IOException, TemplateException {
		return generate(DocumentInput.of(assessment, ruleResources), out, progressOf(written));
	}

	/** As {@link #generate(DocumentInput, Path, GenerationProgress)} for a model and its loaded rule files. */
	public List<Path> generate(Assessment assessment, List<? extends Resource> ruleResources, Path out,
			GenerationProgress progress) throws IOException, TemplateException {
		return generate(DocumentInput.of(assessment, ruleResources), out, progress);
	}

	/**
	 * Writes the documents of an input and returns their paths, in the order written, telling the progress of each
	 * document laid out and each file written.
	 *
	 * @throws CancellationException when the progress asks to stop; then no file has been written
	 */
	public List<Path> generate(DocumentInput input, Path out, GenerationProgress progress)
			throws IOException, TemplateException {
		OutputSet.checkFolder(out); // before the slow layout
		Map<String, byte[]> laidOut = layOut(input, inFolder(out, progress));
		stopIfCancelled(progress);
		Map<Path, byte[]> files = new LinkedHashMap<>();
		for (Map.Entry<String, byte[]> document : laidOut.entrySet()) {
			files.put(FileNames.inside(out, document.getKey()), document.getValue());
		}
		return OutputSet.write(files, progress);
	}

	/**
	 * Lays out every document of an input in memory: file name to PDF (and, {@link #as(OutputFormat) as asked}, Word)
	 * bytes, in the order they are written. Nothing is read from or written to disk.
	 */
	public Map<String, byte[]> layOut(DocumentInput input, GenerationProgress progress) throws IOException, TemplateException {
		MissingGlyphs.in(input.assessment(), input.rules()).forEach(progress::warning);
		Texts texts = Texts.load(templates, language);
		// the values of every file first (quick), so the progress knows how many files the slow layout makes
		List<Planned> planned = new ArrayList<>();
		for (DocumentKind kind : kinds(input)) {
			planned.add(new Planned(kind, kind.outputs(input.assessment(), input.rules(), texts)));
		}
		int perDocument = format == OutputFormat.BOTH ? 2 : 1;
		progress.begin(planned.stream().mapToInt(kind -> kind.outputs().size()).sum() * perDocument);
		// a folder whose check found errors gives drafts: every document says so on its first page and in its header
		String draft = input.draftErrors() > 0 ? texts.text("draft").replace("{0}", Long.toString(input.draftErrors())) : "";
		// the XHTML of every file on this thread (quick, and a template error stops before any layout), then the slow
		// layout of the files on the worker threads
		Map<String, Page> pages = new LinkedHashMap<>();
		for (Planned kind : planned) {
			HtmlTemplate template = HtmlTemplate.load(templates, kind.kind().template(), language);
			for (DocumentKind.Output output : kind.outputs()) {
				stopIfCancelled(progress);
				output.values().put("draft", draft.isEmpty() ? false : draft);
				String xhtml = template.render(output.values());
				String name = FileNames.inside(Path.of(""), output.fileName()).toString();
				if (pages.containsKey(name) || pages.containsKey(OutputFormat.docxName(name))) {
					throw new TemplateException(template.file() + ": two documents would both be written to " + name
							+ "; give the elements different ids");
				}
				if (format.pdf()) {
					pages.put(name, new Page(xhtml, output.info(), false));
				}
				if (format.docx()) {
					pages.put(OutputFormat.docxName(name), new Page(xhtml, output.info(), true));
				}
			}
		}
		return layOut(pages, progress);
	}

	/** A file to lay out: the filled template, what the file says about itself, and whether it is the Word file. */
	private record Page(String xhtml, DocumentInfo info, boolean docx) {
	}

	private byte[] layOut(Page page) throws IOException {
		return page.docx() ? DocxWriter.write(page.xhtml(), templates, page.info())
				: PdfWriter.write(page.xhtml(), templates, page.info());
	}

	/** Lays out the files, up to {@link #threads} at a time, telling the progress of each in their order. */
	private Map<String, byte[]> layOut(Map<String, Page> pages, GenerationProgress progress) throws IOException {
		Map<String, byte[]> laidOut = new LinkedHashMap<>();
		int workers = Math.min(threads, pages.size());
		if (workers <= 1) {
			for (Map.Entry<String, Page> page : pages.entrySet()) {
				stopIfCancelled(progress);
				laidOut.put(page.getKey(), layOut(page.getValue()));
				progress.laidOut(Path.of(page.getKey()));
			}
			return laidOut;
		}
		AtomicBoolean stopped = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(workers, layoutThreads());
		try {
			Map<String, Future<byte[]>> pending = new LinkedHashMap<>();
			for (Map.Entry<String, Page> page : pages.entrySet()) {
				Page file = page.getValue();
				// a document not yet begun when the caller stops is skipped
				pending.put(page.getKey(), pool.submit(() -> stopped.get() ? null : layOut(file)));
			}
			for (Map.Entry<String, Future<byte[]>> document : pending.entrySet()) {
				stopIfCancelled(progress, stopped);
				laidOut.put(document.getKey(), result(document.getValue(), stopped));
				progress.laidOut(Path.of(document.getKey()));
			}
			return laidOut;
		} finally {
			stopped.set(true);
			pool.shutdown();
		}
	}

	/** The bytes a worker laid out, or its failure as this thread's. */
	private static byte[] result(Future<byte[]> document, AtomicBoolean stopped) throws IOException {
		try {
			return document.get();
		} catch (InterruptedException e) {
			stopped.set(true);
			Thread.currentThread().interrupt();
			throw new CancellationException("document generation was interrupted; no file was written");
		} catch (ExecutionException e) {
			stopped.set(true);
			Throwable cause = e.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IOException(cause);
		}
	}

	/**
	 * Daemon threads, so a stopped generation never keeps the process alive; made by the caller's thread, they
	 * inherit its context class loader (the engine's XML parsers are found through it in OSGi).
	 */
	private static ThreadFactory layoutThreads() {
		AtomicInteger count = new AtomicInteger();
		ThreadFactory threads = Executors.defaultThreadFactory();
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		return task -> {
			Thread thread = threads.newThread(task);
			thread.setName("dpia-layout-" + count.incrementAndGet());
			thread.setDaemon(true);
			thread.setContextClassLoader(context);
			return thread;
		};
	}

	/** The progress of a generation into {@code out}: a document laid out is told as the file it will be. */
	private static GenerationProgress inFolder(Path out, GenerationProgress progress) {
		return new GenerationProgress() {
			@Override
			public void begin(int files) {
				progress.begin(files);
			}

			@Override
			public void laidOut(Path file) {
				progress.laidOut(FileNames.inside(out, file.toString()));
			}

			@Override
			public void warning(String message) {
				progress.warning(message);
			}

			@Override
			public boolean isCancelled() {
				return progress.isCancelled();
			}
		};
	}

	private static GenerationProgress progressOf(Consumer<Path> written) {
		return new GenerationProgress() {
			@Override
			public void written(Path file) {
				written.accept(file);
			}
		};
	}

	/** A kind and the files it makes. */
	private record Planned(DocumentKind kind, List<DocumentKind.Output> outputs) {
	}

	private static void stopIfCancelled(GenerationProgress progress, AtomicBoolean stopped) {
		if (progress.isCancelled()) {
			stopped.set(true);
		}
		stopIfCancelled(progress);
	}

	private static void stopIfCancelled(GenerationProgress progress) {
		if (progress.isCancelled()) {
			throw new CancellationException("document generation was cancelled; no file was written");
		}
	}
}
