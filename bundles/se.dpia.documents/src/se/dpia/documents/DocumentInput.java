package se.dpia.documents;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import se.dpia.model.Assessment;
import se.dpia.model.Revision;
import se.dpia.rules.rules.RuleFile;

/**
 * Everything a document set is made from, ready in memory: generation reads no file and no repository, so the same
 * input gives the same documents wherever it comes from (the command line, the workbench, a test).
 *
 * @param assessment the model
 * @param rules the rule files (consent rules, routines, checklists), in the order given
 * @param approvedContentUnchanged whether the folder still holds the content the DPO approved; null when unknown
 *        or when there is no approval
 * @param history the change history, oldest first: the model's revisions and, for an assessment kept in its own
 *        git repository, its commits
 * @param draftErrors the number of errors the folder's check found; above 0 every document is marked as a draft
 *        ("UTKAST – N fel" on the first page and in the running header)
 */
public record DocumentInput(Assessment assessment, List<RuleFile> rules, Boolean approvedContentUnchanged,
		List<HistoryRow> history, long draftErrors) {

	/** One row of the change history (förändringshistorik): version, date, reason for the change, who issued it. */
	public record HistoryRow(String version, String date, String reason, String issuer) {
	}

	public DocumentInput {
		rules = List.copyOf(rules);
		history = List.copyOf(history);
	}

	/** An input that is no draft. */
	public DocumentInput(Assessment assessment, List<RuleFile> rules, Boolean approvedContentUnchanged,
			List<HistoryRow> history) {
		this(assessment, rules, approvedContentUnchanged, history, 0);
	}

	/** The same input, marked as a draft with {@code errors} errors (0: no draft). */
	public DocumentInput withDraftErrors(long errors) {
		return new DocumentInput(assessment, rules, approvedContentUnchanged, history, errors);
	}

	/** An input of a model alone: no rules, approval state unknown, the model's revisions as history. */
	public static DocumentInput of(Assessment assessment) {
		return of(assessment, List.of());
	}

	/** An input of a model and its loaded rule files, approval state unknown, the model's revisions as history. */
	public static DocumentInput of(Assessment assessment, List<? extends Resource> ruleResources) {
		return new DocumentInput(assessment, ruleFiles(ruleResources), null, revisions(assessment));
	}

	/** The rule files in loaded resources, in order; anything else is left out. */
	public static List<RuleFile> ruleFiles(List<? extends Resource> ruleResources) {
		List<RuleFile> rules = new ArrayList<>();
		for (Resource resource : ruleResources) {
			resource.getContents().stream().filter(RuleFile.class::isInstance).map(RuleFile.class::cast)
					.forEach(rules::add);
		}
		return rules;
	}

	/** The model's own revisions, in their order. */
	public static List<HistoryRow> revisions(Assessment assessment) {
		List<HistoryRow> rows = new ArrayList<>();
		if (assessment != null) {
			for (Revision revision : assessment.getRevisions()) {
				rows.add(new HistoryRow(revision.getVersion(), revision.getDate(), revision.getReason(), revision.getIssuer()));
			}
		}
		return rows;
	}
}
