package se.dpia.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;

import se.dpia.documents.pdf.PdfWriter;
import se.dpia.model.Assessment;

/**
 * Generates every document of an assessment into an output folder, reporting each file as it is written. A pure
 * function of its {@link DocumentInput}, the templates and the language: it reads no model, rule file or repository
 * itself. The output folder is checked first, then all documents are laid out before the first is written, so a
 * template error leaves the folder as it was; then every file goes to a temporary name and, only when all are
 * written, each is moved into place ({@link OutputSet}).
 */
public final class DocumentSet {

	private final Templates templates;
	private final Language language;

	public DocumentSet(Templates templates, Language language) {
		this.templates = templates;
		this.language = language;
	}

	/** Documents from the templates in a folder. */
	public DocumentSet(Path templates, Language language) {
		this(Templates.folder(templates), language);
	}

	/** The document kinds, in the order they are written. */
	static List<DocumentKind> kinds(DocumentInput input) {
		return List.of(new DpiaReport(input.approvedContentUnchanged(), input.history()), new PubAnnexes(),
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
	 * Lays out every document of an input in memory: file name to PDF bytes, in the order they are written. Nothing
	 * is read from or written to disk.
	 */
	public Map<String, byte[]> layOut(DocumentInput input, GenerationProgress progress) throws IOException, TemplateException {
		MissingGlyphs.in(input.assessment(), input.rules()).forEach(progress::warning);
		Texts texts = Texts.load(templates, language);
		// the values of every file first (quick), so the progress knows how many files the slow layout makes
		List<Planned> planned = new ArrayList<>();
		for (DocumentKind kind : kinds(input)) {
			planned.add(new Planned(kind, kind.outputs(input.assessment(), input.rules(), texts)));
		}
		progress.begin(planned.stream().mapToInt(kind -> kind.outputs().size()).sum());
		// a folder whose check found errors gives drafts: every document says so on its first page and in its header
		String draft = input.draftErrors() > 0 ? texts.text("draft").replace("{0}", Long.toString(input.draftErrors())) : "";
		Map<String, byte[]> laidOut = new LinkedHashMap<>();
		for (Planned kind : planned) {
			HtmlTemplate template = HtmlTemplate.load(templates, kind.kind().template(), language);
			for (DocumentKind.Output output : kind.outputs()) {
				stopIfCancelled(progress);
				output.values().put("draft", draft.isEmpty() ? false : draft);
				String xhtml = template.render(output.values());
				String name = FileNames.inside(Path.of(""), output.fileName()).toString();
				if (laidOut.containsKey(name)) {
					throw new TemplateException(template.file() + ": two documents would both be written to " + name
							+ "; give the elements different ids");
				}
				laidOut.put(name, PdfWriter.write(xhtml, templates, output.info()));
				progress.laidOut(Path.of(name));
			}
		}
		return laidOut;
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

	private static void stopIfCancelled(GenerationProgress progress) {
		if (progress.isCancelled()) {
			throw new CancellationException("document generation was cancelled; no file was written");
		}
	}
}
