package se.dpia.documents;

import static se.dpia.documents.Values.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.dpia.model.Assessment;
import se.dpia.model.PubAgreement;
import se.dpia.model.facts.Facts;
import se.dpia.rules.rules.RuleFile;

/**
 * The PUB agreement itself, one file per agreement of the model ({@code pub-avtal-<id>.pdf}): it incorporates the
 * standard contractual clauses of Implementing Decision (EU) 2021/915 by reference, unchanged, and records each
 * choice the clauses leave to the parties, from the model or "Ej angivet": the docking clause (Clause 5), Option 1 or
 * 2 for sub-processors with its time period (Clause 7.7), the contacts and time limit for breach notification (Clause
 * 9), deletion or return at the end (Clause 10(d)); then the signatures and Annexes I–IV. The same template as
 * {@link PubAnnexes}, with the agreement's part switched on, so the annexes are written once.
 */
public final class PubAgreements implements DocumentKind {

	@Override
	public String template() {
		return PubAnnexes.TEMPLATE;
	}

	@Override
	public List<Output> outputs(Assessment assessment, List<RuleFile> rules, Texts texts) throws TemplateException {
		Values values = new Values(texts);
		List<Output> outputs = new ArrayList<>();
		for (PubAgreement agreement : assessment.getAgreements()) {
			if (agreement.getProcessor() == null) {
				continue; // the check reports the missing processor
			}
			Map<String, Object> document = PubAnnexes.document(assessment, agreement.getProcessor(), agreement, values, texts);
			document.put("contract", contract(agreement, values));
			outputs.add(Header.output(assessment, values, texts, "pub-agreement", agreement.getId(),
					values.name(agreement.getProcessor()), document));
		}
		return outputs;
	}

	/** The choices the clauses leave open, in words, each "not stated" where the model says nothing. */
	static Map<String, Object> contract(PubAgreement agreement, Values values) throws TemplateException {
		String docking = Facts.notStated(agreement.getDockingClause()) ? values.notStated()
				: values.textOf("pub.docking." + (Facts.yes(agreement.getDockingClause()) ? "yes" : "no"));
		String option = Facts.notStated(agreement.getSubProcessorAuthorisation()) ? values.notStated()
				: values.textOf("pub.option." + agreement.getSubProcessorAuthorisation().getName());
		return row("name", values.name(agreement), "docking", docking, "option", option,
				"noticePeriod", values.text(agreement.getNoticePeriod()),
				"endOfProcessing", PubAnnexes.endOfProcessing(agreement.getEndOfProcessing(), values),
				"breachContactController", values.text(agreement.getBreachContactController()),
				"breachContactProcessor", values.text(agreement.getBreachContactProcessor()),
				"breachNotificationTime", values.text(agreement.getBreachNotificationTime()),
				"duration", values.text(agreement.getDuration()));
	}
}
