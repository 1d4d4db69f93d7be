package se.dpia.documents;

import static se.dpia.documents.Values.row;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.DataFlow;
import se.dpia.model.DataSubjectCategory;
import se.dpia.model.EndOfProcessing;
import se.dpia.model.Mitigation;
import se.dpia.model.Party;
import se.dpia.model.PartyRole;
import se.dpia.model.Person;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.PubAgreement;
import se.dpia.model.facts.Facts;
import se.dpia.rules.rules.RuleFile;

/**
 * The appendices to a PUB agreement (GDPR Art. 28) on the EU standard contractual clauses (Implementing Decision
 * (EU) 2021/915), one file per processor: Annex I parties with their signatories, Annex II description of the
 * processing (with the safeguards of sensitive data, retention and what happens at the end of the services), Annex
 * III technical and organisational measures under the annex's own headings ({@link AnnexMeasures}), Annex IV
 * sub-processors. Template {@code pub-annexes}, which {@link PubAgreements} fills too, with the agreement before the
 * annexes.
 */
public final class PubAnnexes implements DocumentKind {

	public static final String TEMPLATE = "pub-annexes";

	@Override
	public String template() {
		return TEMPLATE;
	}

	@Override
	public List<Output> outputs(Assessment assessment, List<RuleFile> rules, Texts texts) throws TemplateException {
		Values values = new Values(texts);
		List<Output> outputs = new ArrayList<>();
		for (Party processor : assessment.getParties()) {
			if (processor.getRole() != PartyRole.PERSONUPPGIFTSBITRADE) {
				continue;
			}
			Map<String, Object> document = document(assessment, processor, agreement(assessment, processor), values, texts);
			document.put("contract", false);
			outputs.add(Header.output(assessment, values, texts, "pub-annexes", processor.getId(), values.name(processor), document));
		}
		return outputs;
	}

	/** The values of Annexes I–IV for a processor and its agreement (null where the model has none). */
	static Map<String, Object> document(Assessment assessment, Party processor, PubAgreement agreement, Values values,
			Texts texts) throws TemplateException {
		Map<String, Object> document = Header.of(assessment, values, texts);
		List<ProcessingActivity> activities = activities(assessment, processor, agreement);
		Map<String, Object> processorRow = party(processor, values);
		processorRow.put("signatory", signatory(agreement == null ? null : agreement.getProcessorSignatory(), values));
		document.put("processor", processorRow);
		Map<String, Object> controllerRow = assessment.getController() == null
				? row("name", values.text(assessment.getOrganisation()), "organisationNumber", values.notStated(),
						"address", values.notStated(), "contactPerson", values.notStated(), "email", values.notStated(),
						"phone", values.notStated(), "country", values.notStated(), "processingDescription", values.notStated())
				: party(assessment.getController(), values);
		controllerRow.put("signatory", signatory(agreement == null ? null : agreement.getControllerSignatory(), values));
		document.put("controllerParty", controllerRow);
		document.put("agreement", agreement(agreement, values));
		document.put("activities", activities(activities, values));
		document.put("dataSubjects", dataSubjects(activities, values));
		AnnexMeasures measures = new AnnexMeasures(assessment, processor, values, new ShortIds(assessment, texts));
		document.put("dataCategories", dataCategories(activities, values, false, measures));
		document.put("sensitive", dataCategories(activities, values, true, measures));
		document.put("annex3", measures.headings());
		document.put("measures", measures.all());
		document.put("subProcessorMeasures", measures.subProcessors());
		document.put("subProcessors", subProcessors(assessment, processor, values));
		List<DataFlow> flows = assessment.getFlows().stream().filter(f -> f.getProcessor() == processor).toList();
		document.put("flows", DpiaReport.flows(flows, values));
		return document;
	}

	static PubAgreement agreement(Assessment assessment, Party processor) {
		for (PubAgreement agreement : assessment.getAgreements()) {
			if (agreement.getProcessor() == processor) {
				return agreement;
			}
		}
		return null;
	}

	/** The agreement's processing activities, or else every activity that names the processor. */
	private static List<ProcessingActivity> activities(Assessment assessment, Party processor, PubAgreement agreement) {
		if (agreement != null && !agreement.getProcessingActivities().isEmpty()) {
			return agreement.getProcessingActivities();
		}
		return assessment.getProcessingActivities().stream().filter(a -> a.getProcessors().contains(processor)).toList();
	}

	static Map<String, Object> party(Party party, Values values) {
		return row("id", party.getId(), "name", values.name(party),
				"organisationNumber", values.text(party.getOrganisationNumber()),
				"address", values.text(party.getAddress()), "contactPerson", values.text(party.getContactPerson()),
				"email", values.text(party.getEmail()), "phone", values.text(party.getPhone()),
				"country", values.text(party.getCountry()),
				"processingDescription", values.text(party.getProcessingDescription()));
	}

	/** Who signs for a party: position (befattning) and printed name (namnförtydligande), each "not stated" if unknown. */
	static Map<String, Object> signatory(Person person, Values values) {
		return row("position", person == null ? values.notStated() : values.text(person.getTitle()),
				"printedName", person == null ? values.notStated() : values.text(person.getName()));
	}

	private static Map<String, Object> agreement(PubAgreement agreement, Values values) throws TemplateException {
		if (agreement == null) {
			String none = values.notStated();
			return row("status", none, "signed", none, "duration", none, "authorisation", none, "noticePeriod", none,
					"logTerms", none, "standardClauses", none, "endOfProcessing", none);
		}
		return row("status", values.label(agreement.getStatus()), "signed", values.date(agreement.getSigned()),
				"duration", values.text(agreement.getDuration()),
				"authorisation", values.label(agreement.getSubProcessorAuthorisation()),
				"noticePeriod", values.text(agreement.getNoticePeriod()),
				"logTerms", values.text(agreement.getLogTerms()),
				"standardClauses", values.yesNo(agreement.getStandardClauses()),
				"endOfProcessing", endOfProcessing(agreement.getEndOfProcessing(), values));
	}

	/** The controller's choice at the end of the services (Clause 10(d)) in words, or "not stated". */
	static String endOfProcessing(EndOfProcessing choice, Values values) throws TemplateException {
		return Facts.notStated(choice) ? values.notStated() : values.textOf("pub.end." + choice.getName());
	}

	private static List<Map<String, Object>> activities(List<ProcessingActivity> activities, Values values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ProcessingActivity activity : activities) {
			rows.add(row("name", values.name(activity), "description", values.text(activity.getDescription()),
					"nature", values.text(activity.getNature()), "purposes", values.strings(activity.getPurposes()),
					"duration", values.text(activity.getDuration())));
		}
		return rows;
	}

	private static List<Map<String, Object>> dataSubjects(List<ProcessingActivity> activities, Values values) {
		Set<DataSubjectCategory> subjects = new LinkedHashSet<>();
		activities.forEach(a -> subjects.addAll(a.getDataSubjects()));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DataSubjectCategory category : subjects) {
			// the template adds the description only where there is one
			rows.add(row("name", values.name(category), "description",
					category.getDescription() == null ? "" : category.getDescription().strip()));
		}
		return rows;
	}

	/**
	 * The data categories of the activities; sensitive ones (special, highly personal or protected identity) with the
	 * measures of this processor that safeguard them, as Annex III lists them.
	 */
	private static List<Map<String, Object>> dataCategories(List<ProcessingActivity> activities, Values values,
			boolean sensitiveOnly, AnnexMeasures measures) throws TemplateException {
		Set<DataCategory> categories = new LinkedHashSet<>();
		activities.forEach(a -> categories.addAll(a.getDataCategories()));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DataCategory category : categories) {
			boolean sensitive = Facts.sensitive(category) || Facts.yes(category.getProtectedIdentity());
			if (sensitiveOnly && !sensitive) {
				continue;
			}
			List<Mitigation> safeguards = measures.protecting(category);
			rows.add(row("name", values.name(category), "description", values.text(category.getDescription()),
					"special", values.label(category.getSpecialCategory()),
					"highlyPersonal", values.yesNo(category.getHighlyPersonal()),
					"protectedIdentity", values.yesNo(category.getProtectedIdentity()),
					"retention", values.text(category.getRetention()),
					"safeguards", values.join(safeguards, m -> measures.idOf(m) + " " + values.name(m))));
		}
		return rows;
	}

	private static List<Map<String, Object>> subProcessors(Assessment assessment, Party processor, Values values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Party party : assessment.getParties()) {
			if (party.getEngagedBy() == processor) {
				rows.add(party(party, values));
			}
		}
		return rows;
	}
}
