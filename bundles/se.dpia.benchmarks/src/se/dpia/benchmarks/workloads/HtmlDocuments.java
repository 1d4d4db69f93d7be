package se.dpia.benchmarks.workloads;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.documents.Checklists;
import se.dpia.documents.ConsentForms;
import se.dpia.documents.Information;
import se.dpia.documents.DocumentKind;
import se.dpia.documents.DpiaReport;
import se.dpia.documents.HtmlTemplate;
import se.dpia.documents.Language;
import se.dpia.documents.PubAgreements;
import se.dpia.documents.PubAnnexes;
import se.dpia.documents.Routines;
import se.dpia.documents.TemplateException;
import se.dpia.documents.Texts;
import se.dpia.rules.rules.RuleFile;

/**
 * The documents of a folder as the XHTML our templates produce, one {@code .html} file per PDF, beside a copy of
 * the templates' style sheet and images: the equivalent input for an office suite converting the same documents to
 * PDF (what users do today).
 */
public final class HtmlDocuments {

	/** Every document kind, in DocumentSet's order. */
	private static final List<DocumentKind> KINDS = List.of(new DpiaReport(), new PubAnnexes(), new PubAgreements(),
			new Routines(), new Checklists(), new ConsentForms(), new Information());

	private HtmlDocuments() {
	}

	/** Writes the folder's documents as XHTML into {@code out}; returns the files. */
	public static List<Path> write(AssessmentFolder folder, Path templates, Path out) throws IOException, TemplateException {
		Files.createDirectories(out);
		try (Stream<Path> files = Files.list(templates)) {
			for (Path file : files.filter(f -> !f.toString().endsWith(".html") && Files.isRegularFile(f)).toList()) {
				Files.copy(file, out.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		List<RuleFile> rules = new ArrayList<>();
		for (Resource resource : folder.ruleResources()) {
			resource.getContents().stream().filter(RuleFile.class::isInstance).map(RuleFile.class::cast).forEach(rules::add);
		}
		Texts texts = Texts.load(templates, Language.SV);
		List<Path> written = new ArrayList<>();
		for (DocumentKind kind : KINDS) {
			for (DocumentKind.Output output : kind.outputs(folder.assessment(), rules, texts)) {
				HtmlTemplate template = HtmlTemplate.load(templates, output.templateOf(kind), Language.SV);
				Path file = out.resolve(output.fileName().replaceFirst("\\.pdf$", "") + ".html");
				Files.writeString(file, template.render(output.values()), StandardCharsets.UTF_8);
				written.add(file);
			}
		}
		return written;
	}
}
