package se.dpia.documents;

import java.util.List;
import java.util.Map;

import se.dpia.documents.pdf.DocumentInfo;
import se.dpia.model.Assessment;
import se.dpia.rules.rules.RuleFile;

/**
 * One kind of document: a small class that turns the model into a template's values, plus its template
 * {@code templates/<template()>.<lang>.html}. A kind may give several files (e.g. one per processor).
 */
public interface DocumentKind {

	/** The template's name without language and extension, e.g. {@code dpia-report}. */
	String template();

	/**
	 * The files this kind writes, in order, for an assessment and the folder's rule files (consent rules, routines,
	 * checklists); kinds made from the model alone ignore the rules.
	 */
	List<Output> outputs(Assessment assessment, List<RuleFile> rules, Texts texts) throws TemplateException;

	/**
	 * One file: its name in the output folder (already safe), what the PDF says about itself, the values the
	 * template is filled with, and the template when it is not the kind's own (the report's register appendices);
	 * null for the kind's.
	 */
	record Output(String fileName, DocumentInfo info, Map<String, Object> values, String template) {

		/** A file of the kind's own template. */
		public Output(String fileName, DocumentInfo info, Map<String, Object> values) {
			this(fileName, info, values, null);
		}

		/** The template this file is made from: its own, else the kind's. */
		public String templateOf(DocumentKind kind) {
			return template == null ? kind.template() : template;
		}
	}
}
