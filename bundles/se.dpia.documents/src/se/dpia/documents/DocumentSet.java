package se.dpia.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * itself. The output folder is checked first, then every template is filled before the first layout, so a template
 * error leaves the folder as it was; each file goes to a temporary name as soon as it is laid out and, only when all
 * are written, each is moved into place ({@link OutputSet}).
 * <p>
 * The documents are laid out on all cores, each on its own: a document's bytes depend only on its own content, so the
 * set is the same byte for byte whether laid out in parallel or one after the other (system property
 * {@value #THREADS_PROPERTY}{@code =1} forces the latter). The progress hears of the documents in their order, on the
 * caller's thread.
 * <p>
 * Memory stays bounded however large the assessment: no document is longer than {@link ReportAppendices} allows,
 * only the documents being laid out hold their XHTML and layout, no more are laid out at once than the heap holds,
 * and the laid-out bytes go to disk in order instead of staying in memory.
 */
public final class DocumentSet {

	/** How many documents are laid out at the same time; the number of processors when not given. */
	public static final String THREADS_PROPERTY = "dpia.documents.threads";

	private final Templates templates;
	private final Language language;
	private final int threads;
	private final int registerPart;
	private final OutputFormat format;

	public DocumentSet(Templates templates, Language language) {
		this(templates, language, Integer.getInteger(THREADS_PROPERTY, Runtime.getRuntime().availableProcessors()));
	}

	/** @param threads how many documents are laid out at the same time, at least 1 */
	DocumentSet(Templates templates, Language language, int threads) {
		this(templates, language, threads, 0);
	}

	/**
	 * @param registerPart the most entries of a report's register in one document, 0 for each register's own
	 *        ({@link ReportAppendices}); tests give a small number to make small appendices
	 */
	DocumentSet(Templates templates, Language language, int threads, int registerPart) {
		this(templates, language, threads, registerPart, OutputFormat.PDF);
	}

	private DocumentSet(Templates templates, Language language, int threads, int registerPart, OutputFormat format) {
		this.templates = templates;
		this.language = language;
		this.threads = Math.max(1, threads);
		this.registerPart = registerPart;
		this.format = format;
	}

	/**
	 * The same documents written as PDF (the default), as Word files (.docx, beside where the PDFs go, same names), or
	 * both: each document's PDF, then its Word file.
	 */
	public DocumentSet as(OutputFormat format) {
		return new DocumentSet(templates, language, threads, registerPart, format == null ? OutputFormat.PDF : format);
	}

	/** Documents from the templates in a folder. */
	public DocumentSet(Path templates, Language language) {
		this(Templates.folder(templates), language);
	}

	/** The document kinds, in the order they are written. */
	static List<DocumentKind> kinds(DocumentInput input, int registerPart) {
		return List.of(new DpiaReport(input.approvedContentUnchanged(), input.history(), registerPart), new PubAnnexes(),
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
		// each document goes to its temporary file as soon as it is laid out, so the set's bytes are never all in
		// memory; the files are moved into place only when every one is written
		try (OutputSet.Pending files = new OutputSet.Pending()) {
			layOut(input, inFolder(out, progress), (name, pdf) -> files.add(FileNames.inside(out, name), pdf));
			stopIfCancelled(progress);
			return files.commit(progress);
		}
	}

	/**
	 * Lays out every document of an input in memory: file name to PDF (and, {@link #as(OutputFormat) as asked}, Word)
	 * bytes, in the order they are written. Nothing is read from or written to disk.
	 */
	public Map<String, byte[]> layOut(DocumentInput input, GenerationProgress progress) throws IOException, TemplateException {
		Map<String, byte[]> laidOut = new LinkedHashMap<>();
		layOut(input, progress, laidOut::put);
		return laidOut;
	}

	/** Where the documents go as they are laid out: called in their order, on the caller's thread. */
	private interface Sink {
		void accept(String name, byte[] pdf) throws IOException;
	}

	private void layOut(DocumentInput input, GenerationProgress progress, Sink sink) throws IOException, TemplateException {
		MissingGlyphs.in(input.assessment(), input.rules()).forEach(progress::warning);
		Texts texts = Texts.load(templates, language);
		// the values of every file first (quick), so the progress knows how many files the slow layout makes
		List<Planned> planned = new ArrayList<>();
		for (DocumentKind kind : kinds(input, registerPart)) {
			planned.add(new Planned(kind, kind.outputs(input.assessment(), input.rules(), texts)));
		}
		int perDocument = format == OutputFormat.BOTH ? 2 : 1;
		progress.begin(planned.stream().mapToInt(kind -> kind.outputs().size()).sum() * perDocument);
		// a folder whose check found errors gives drafts: every document says so on its first page and in its header
		String draft = input.draftErrors() > 0 ? texts.text("draft").replace("{0}", Long.toString(input.draftErrors())) : "";
		// the XHTML of every file once on this thread (quick, and a template error stops before any layout), then
		// the slow layout of the files on the worker threads, each made again from its values just before its
		// layout: only the documents being laid out hold their XHTML, not the whole set
		List<Page> pages = new ArrayList<>();
		Set<String> names = new HashSet<>();
		Map<String, HtmlTemplate> loaded = new HashMap<>();
		for (Planned kind : planned) {
			// every kind's own template, even for a kind with no file here, so a broken one is found all the same
			if (!loaded.containsKey(kind.kind().template())) {
				loaded.put(kind.kind().template(), HtmlTemplate.load(templates, kind.kind().template(), language));
			}
			for (DocumentKind.Output output : kind.outputs()) {
				stopIfCancelled(progress);
				String templateName = output.templateOf(kind.kind());
				HtmlTemplate template = loaded.get(templateName);
				if (template == null) {
					template = HtmlTemplate.load(templates, templateName, language);
					loaded.put(templateName, template);
				}
				output.values().put("draft", draft.isEmpty() ? false : draft);
				template.render(output.values());
				String name = FileNames.inside(Path.of(""), output.fileName()).toString();
				if (!names.add(name) || !names.add(OutputFormat.docxName(name))) {
					throw new TemplateException(template.file() + ": two documents would both be written to " + name
							+ "; give the elements different ids");
				}
				if (format.pdf()) {
					pages.add(new Page(name, template, output.values(), output.info(), false));
				}
				if (format.docx()) {
					pages.add(new Page(OutputFormat.docxName(name), template, output.values(), output.info(), true));
				}
			}
		}
		layOut(pages, progress, sink);
	}

	/**
	 * Lays out the files, up to {@link #threads} at a time (fewer when the heap is small: {@link #workers}), telling
	 * the sink and the progress of each in their order. At most two documents per worker are laid out ahead of the
	 * one the sink waits for, so the bytes held at once stay bounded however many files the set has.
	 */
	private void layOut(List<Page> pages, GenerationProgress progress, Sink sink) throws IOException, TemplateException {
		int workers = workers(pages.size());
		if (workers <= 1) {
			for (Page page : pages) {
				stopIfCancelled(progress);
				sink.accept(page.name(), page.layOut(templates));
				progress.laidOut(Path.of(page.name()));
			}
			return;
		}
		AtomicBoolean stopped = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(workers, layoutThreads());
		try {
			Deque<Map.Entry<Page, Future<byte[]>>> pending = new ArrayDeque<>();
			Iterator<Page> next = pages.iterator();
			while (next.hasNext() || !pending.isEmpty()) {
				while (next.hasNext() && pending.size() < 2 * workers) {
					Page page = next.next();
					// a document not yet begun when the caller stops is skipped
					pending.add(Map.entry(page, pool.submit(() -> stopped.get() ? null : page.layOut(templates))));
				}
				Map.Entry<Page, Future<byte[]>> document = pending.poll();
				stopIfCancelled(progress, stopped);
				sink.accept(document.getKey().name(), result(document.getValue(), stopped));
				progress.laidOut(Path.of(document.getKey().name()));
			}
		} finally {
			stopped.set(true);
			pool.shutdown();
		}
	}

	/**
	 * How many documents are laid out at once: {@link #threads}, but no more than the heap holds. The layout engine
	 * keeps a whole document until it is saved; a document of the set (a register part at most about 50 pages, see
	 * {@link ReportAppendices}) needs well under {@value #HEAP_PER_LAYOUT_MIB} MiB, and one such share is left for the
	 * model and the rest, so 512 MiB lays out three at a time and 2 GiB fifteen.
	 */
	private int workers(int documents) {
		long heapShares = Runtime.getRuntime().maxMemory() / (HEAP_PER_LAYOUT_MIB << 20);
		return (int) Math.max(1, Math.min(Math.min(threads, documents), heapShares - 1));
	}

	/** The heap one layout may take, in MiB: see {@link #workers}. */
	private static final long HEAP_PER_LAYOUT_MIB = 128;

	/**
	 * A document to lay out: its file name, template, values, what the file says about itself, and whether it is the
	 * Word file.
	 */
	private record Page(String name, HtmlTemplate template, Map<String, Object> values, DocumentInfo info, boolean docx) {

		byte[] layOut(Templates templates) throws IOException, TemplateException {
			String xhtml = template.render(values);
			return docx ? DocxWriter.write(xhtml, templates, info) : PdfWriter.write(xhtml, templates, info);
		}
	}

	/** The bytes a worker laid out, or its failure as this thread's. */
	private static byte[] result(Future<byte[]> document, AtomicBoolean stopped) throws IOException, TemplateException {
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
			if (cause instanceof TemplateException template) {
				throw template;
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
