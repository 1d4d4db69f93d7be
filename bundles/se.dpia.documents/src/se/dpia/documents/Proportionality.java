package se.dpia.documents;

import static se.dpia.documents.Values.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.DataSubjectRights;
import se.dpia.model.Party;
import se.dpia.model.PartyRole;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.PubAgreement;

/**
 * Section 3 of the DPIA report, necessity and proportionality (Art. 35(7)(b)), beyond the legal basis and the
 * least-intrusive comparison: data minimisation per processing activity, storage limitation per data category (how
 * long, and what happens at the end), the information given to the data subjects (Art. 13 and 14), how they
 * exercise their rights, and a summary of the processors and transfers that the PUB annexes detail. Every fact the
 * model leaves open reads "Ej angivet".
 */
final class Proportionality {

	private final Assessment assessment;
	private final Values values;

	Proportionality(Assessment assessment, Values values) {
		this.assessment = assessment;
		this.values = values;
	}

	void addTo(Map<String, Object> document) throws TemplateException {
		document.put("minimisation", minimisation());
		document.put("retention", retention());
		document.put("information", information());
		document.put("rights", rights());
		document.put("processorSummary", processors());
	}

	private List<Map<String, Object>> minimisation() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ProcessingActivity activity : assessment.getProcessingActivities()) {
			rows.add(row("name", values.name(activity), "minimisation", values.text(activity.getMinimisation())));
		}
		return rows;
	}

	/** Per data category: the retention in words, or in days where only the number is given, and the end. */
	private List<Map<String, Object>> retention() throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DataCategory category : assessment.getDataCategories()) {
			String period = values.text(category.getRetention());
			if (blank(category.getRetention()) && category.getRetentionDays() >= 0) {
				period = category.getRetentionDays() == 0 ? values.textOf("retention.notStored")
						: category.getRetentionDays() + " " + values.textOf("retention.days");
			}
			rows.add(row("name", values.name(category), "period", period, "end", values.text(category.getRetentionEnd())));
		}
		return rows;
	}

	private List<Map<String, Object>> information() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ProcessingActivity activity : assessment.getProcessingActivities()) {
			rows.add(row("name", values.name(activity), "how", values.text(activity.getDataSubjectInformation()),
					"when", values.text(activity.getInformationTiming())));
		}
		return rows;
	}

	private Map<String, Object> rights() {
		DataSubjectRights rights = assessment.getRights();
		return row("access", values.text(rights == null ? null : rights.getAccess()),
				"rectification", values.text(rights == null ? null : rights.getRectification()),
				"erasure", values.text(rights == null ? null : rights.getErasure()),
				"objection", values.text(rights == null ? null : rights.getObjection()),
				"requests", values.text(rights == null ? null : rights.getRequests()));
	}

	/**
	 * Each processor and sub-processor with its role, country and PUB agreement (status and date), from the parties
	 * and agreements of the model: a summary only; the PUB annexes hold the detail.
	 */
	private List<Map<String, Object>> processors() throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Party party : assessment.getParties()) {
			if (party.getRole() != PartyRole.PERSONUPPGIFTSBITRADE && party.getRole() != PartyRole.UNDERBITRADE) {
				continue;
			}
			List<String> agreements = new ArrayList<>();
			for (PubAgreement agreement : assessment.getAgreements()) {
				if (agreement.getProcessor() == party) {
					String signed = blank(agreement.getSigned()) ? ""
							: ", " + values.textOf("processors.signed") + " " + agreement.getSigned().strip();
					agreements.add(values.label(agreement.getStatus()) + signed);
				}
			}
			String engagedBy = party.getEngagedBy() == null ? "" : values.name(party.getEngagedBy());
			rows.add(row("name", values.name(party), "role", values.label(party.getRole()),
					"engagedBy", engagedBy, "country", values.text(party.getCountry()),
					"agreement", agreements.isEmpty() ? values.textOf("processors.noAgreement") : String.join("; ", agreements)));
		}
		return rows;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
