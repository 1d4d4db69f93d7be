package se.dpia.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import se.dpia.model.Assessment;

/** Generates every document of an assessment into an output folder, reporting each file as it is written. */
public final class DocumentSet {

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
		List<Path> files = new ArrayList<>();
		DpiaReportGenerator report = new DpiaReportGenerator(Template.load(templates, DpiaReportGenerator.TEMPLATE, language));
		Path target = out.resolve(report.fileName());
		report.write(assessment, target);
		files.add(target);
		written.accept(target);
		return files;
	}
}
