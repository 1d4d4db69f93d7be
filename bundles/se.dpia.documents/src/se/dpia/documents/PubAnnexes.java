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
import se.dpia.model.Mitigation;
import se.dpia.model.Party;
import se.dpia.model.PartyRole;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.PubAgreement;
import se.dpia.model.facts.Facts;
import se.dpia.rules.rules.RuleFile;

/**
 * The appendices to a PUB agreement (GDPR Art. 28) on the EU standard contractual clauses (Implementing Decision
 * (EU) 2021/915), one file per processor: Annex I parties, Annex II description of the processing, Annex III
 * technical and organisational measures (the mitigations this processor carries out), Annex IV sub-processors, and
 * the terms on supervision logs. Template {@code pub-annexes}.
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
			Map<String, Object> document = Header.of(assessment, values, texts);
			PubAgreement agreement = agreement(assessment, processor);
			List<ProcessingActivity> activities = activities(assessment, processor, agreement);
			document.put("processor", party(processor, values));
			document.put("controllerParty", assessment.getController() == null
					? row("name", values.text(assessment.getOrganisation()), "organisationNumber", values.notStated(),
							"address", values.notStated(), "contactPerson", values.notStated(), "email", values.notStated(),
							"phone", values.notStated(), "country", values.notStated(), "processingDescription", values.notStated())
					: party(assessment.getController(), values));
			document.put("agreement", agreement(agreement, values));
			document.put("activities", activities(activities, values));
			document.put("dataSubjects", dataSubjects(activities, values));
			document.put("dataCategories", dataCategories(activities, values, false));
			document.put("sensitive", dataCategories(activities, values, true));
			document.put("measures", measures(assessment, processor, values));
			document.put("subProcessors", subProcessors(assessment, processor, values));
			List<DataFlow> flows = assessment.getFlows().stream().filter(f -> f.getProcessor() == processor).toList();
			document.put("flows", DpiaReport.flows(flows, values));
			outputs.add(Header.output(assessment, values, texts, "pub-annexes", processor.getId(), values.name(processor), document));
		}
		return outputs;
	}

	private static PubAgreement agreement(Assessment assessment, Party processor) {
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

	private static Map<String, Object> agreement(PubAgreement agreement, Values values) throws TemplateException {
		if (agreement == null) {
			String none = values.notStated();
			return row("status", none, "signed", none, "duration", none, "authorisation", none, "noticePeriod", none,
					"logTerms", none, "standardClauses", none);
		}
		return row("status", values.label(agreement.getStatus()), "signed", values.date(agreement.getSigned()),
				"duration", values.text(agreement.getDuration()),
				"authorisation", agreement.getSubProcessorAuthorisation() == null ? values.notStated()
						: values.label(agreement.getSubProcessorAuthorisation()),
				"noticePeriod", values.text(agreement.getNoticePeriod()),
				"logTerms", values.text(agreement.getLogTerms()),
				"standardClauses", values.yesNo(agreement.getStandardClauses()));
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

	private static List<Map<String, Object>> dataCategories(List<ProcessingActivity> activities, Values values,
			boolean sensitiveOnly) throws TemplateException {
		Set<DataCategory> categories = new LinkedHashSet<>();
		activities.forEach(a -> categories.addAll(a.getDataCategories()));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DataCategory category : categories) {
			boolean sensitive = Facts.sensitive(category) || Facts.yes(category.getProtectedIdentity());
			if (sensitiveOnly && !sensitive) {
				continue;
			}
			rows.add(row("name", values.name(category), "description", values.text(category.getDescription()),
					"special", values.label(category.getSpecialCategory()),
					"highlyPersonal", values.yesNo(category.getHighlyPersonal()),
					"protectedIdentity", values.yesNo(category.getProtectedIdentity()),
					"retention", values.text(category.getRetention())));
		}
		return rows;
	}

	private static List<Map<String, Object>> measures(Assessment assessment, Party processor, Values values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Mitigation mitigation : assessment.getMitigations()) {
			if (mitigation.getCarriedOutBy() == processor) {
				rows.add(row("id", mitigation.getId(), "name", values.name(mitigation),
						"description", values.text(mitigation.getDescription()),
						"category", values.label(mitigation.getSecurityCategory()),
						"kind", values.label(mitigation.getKind()), "status", values.label(mitigation.getStatus())));
			}
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
