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
import se.dpia.model.io.AtomicWrite;
import se.dpia.rules.rules.RuleFile;

/**
 * Generates every document of an assessment into an output folder, reporting each file as it is written. All
 * documents are laid out before the first is written, so a template error leaves the folder as it was; each file
 * then goes to a temporary name and is moved into place.
 */
public final class DocumentSet {

	/** The document kinds, in the order they are written. */
	static final List<DocumentKind> KINDS = List.of(new DpiaReport(), new PubAnnexes(), new Routines(),
			new Checklists(), new ConsentForms());

	private final Path templates;
	private final Language language;

	public DocumentSet(Path templates, Language language) {
		this.templates = templates;
		this.language = language;
	}

	/**
	 * Writes the documents and returns their paths, in the order written.
	 *
	 * @param written told of each file as soon as it is in place
	 */
	public List<Path> generate(Assessment assessment, Path out, Consumer<Path> written)
			throws IOException, TemplateException {
		return generate(assessment, List.of(), out, written);
	}

	/**
	 * Writes the documents of an assessment and its folder's rule files (e.g.
	 * {@code AssessmentFolder.ruleResources()}): the report and PUB annexes from the model, the routines,
	 * checklists and consent forms from the rules.
	 *
	 * @param ruleResources the loaded {@code *.regler} files, in the order given; others are ignored
	 * @param written told of each file as soon as it is in place
	 */
	public List<Path> generate(Assessment assessment, List<? extends Resource> ruleResources, Path out,
			Consumer<Path> written) throws IOException, TemplateException {
		return generate(assessment, ruleResources, out, new GenerationProgress() {
			@Override
			public void written(Path file) {
				written.accept(file);
			}
		});
	}

	/**
	 * As {@link #generate(Assessment, List, Path, Consumer)}, telling the progress of each document laid out and
	 * each file written.
	 *
	 * @throws CancellationException when the progress asks to stop; then no file has been written
	 */
	public List<Path> generate(Assessment assessment, List<? extends Resource> ruleResources, Path out,
			GenerationProgress progress) throws IOException, TemplateException {
		List<RuleFile> rules = new ArrayList<>();
		for (Resource resource : ruleResources) {
			resource.getContents().stream().filter(RuleFile.class::isInstance).map(RuleFile.class::cast)
					.forEach(rules::add);
		}
		Texts texts = Texts.load(templates, language);
		// the values of every file first (quick), so the progress knows how many files the slow layout makes
		List<Planned> planned = new ArrayList<>();
		for (DocumentKind kind : KINDS) {
			planned.add(new Planned(kind, kind.outputs(assessment, rules, texts)));
		}
		progress.begin(planned.stream().mapToInt(kind -> kind.outputs().size()).sum());
		Map<Path, byte[]> laidOut = new LinkedHashMap<>();
		for (Planned kind : planned) {
			HtmlTemplate template = HtmlTemplate.load(templates, kind.kind().template(), language);
			for (DocumentKind.Output output : kind.outputs()) {
				stopIfCancelled(progress);
				String xhtml = template.render(output.values());
				Path target = FileNames.inside(out, output.fileName());
				if (laidOut.containsKey(target)) {
					throw new TemplateException(template.file() + ": two documents would both be written to " + target
							+ "; give the elements different ids");
				}
				laidOut.put(target, PdfWriter.write(xhtml, templates.toAbsolutePath().toUri(), output.info()));
				progress.laidOut(target);
			}
		}
		stopIfCancelled(progress);
		List<Path> files = new ArrayList<>();
		for (Map.Entry<Path, byte[]> document : laidOut.entrySet()) {
			AtomicWrite.write(document.getKey(), stream -> stream.write(document.getValue()));
			files.add(document.getKey());
			progress.written(document.getKey());
		}
		return files;
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
