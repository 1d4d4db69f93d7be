package se.dpia.documents;

import static se.dpia.documents.Values.row;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.dpia.compliance.Messages;
import se.dpia.compliance.consultation.PriorConsultation;
import se.dpia.compliance.screening.CriterionResult;
import se.dpia.compliance.screening.Screening;
import se.dpia.documents.DocumentInput.HistoryRow;
import se.dpia.documents.pdf.DocumentInfo;
import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.DataFlow;
import se.dpia.model.DataSubjectCategory;
import se.dpia.model.Location;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.RelatedDocument;
import se.dpia.model.Review;
import se.dpia.model.Risk;
import se.dpia.model.SystemAsset;
import se.dpia.model.Technology;
import se.dpia.model.Transfer;
import se.dpia.model.Verksamhet;
import se.dpia.model.facts.Facts;
import se.dpia.rules.rules.RuleFile;

/**
 * The DPIA report (konsekvensbedömning), with the GDPR Art. 35(7) minimum: the systematic description of the
 * processing, necessity and proportionality, the risks, the measures; then the DPO's opinion, the data subjects'
 * views, the conclusion, the change history and related documents. Template {@code dpia-report}; a register too
 * long for one document (data flows, risks, project risks, action plan) follows as appendix files
 * ({@link ReportAppendices}).
 */
public final class DpiaReport implements DocumentKind {

	public static final String TEMPLATE = "dpia-report";

	private final Boolean approvedContentUnchanged;
	private final List<HistoryRow> history;
	/** The most entries of a register in one document; 0 for each register's own ({@link ReportAppendices}). */
	private final int registerPart;

	/** A report with the approval state unknown and the model's revisions as its history. */
	public DpiaReport() {
		this(null, null);
	}

	/**
	 * @param approvedContentUnchanged whether the folder still holds the approved content; null when unknown
	 * @param history the change history, oldest first; null for the model's revisions
	 */
	public DpiaReport(Boolean approvedContentUnchanged, List<HistoryRow> history) {
		this(approvedContentUnchanged, history, 0);
	}

	/** @param registerPart the most entries of a register in one document; 0 for each register's own */
	DpiaReport(Boolean approvedContentUnchanged, List<HistoryRow> history, int registerPart) {
		this.approvedContentUnchanged = approvedContentUnchanged;
		this.history = history;
		this.registerPart = registerPart;
	}

	@Override
	public String template() {
		return TEMPLATE;
	}

	@Override
	public List<Output> outputs(Assessment assessment, List<RuleFile> rules, Texts texts) throws TemplateException {
		Values values = new Values(texts);
		Map<String, Object> document = Header.of(assessment, values, texts);
		document.put("background", values.text(assessment.getBackground()));
		document.put("dpo", values.person(assessment.getDpo()));
		ShortIds ids = new ShortIds(assessment, texts);
		screening(assessment, texts, values, document, ids);
		document.put("operations", operations(assessment, values));
		document.put("processing", processing(assessment, values));
		document.put("dataSubjects", dataSubjects(assessment, values));
		document.put("dataCategories", dataCategories(assessment, values));
		document.put("technologies", technologies(assessment, values));
		document.put("consentReadings", consentReadings(rules, values, texts));
		document.put("systems", systems(assessment, values));
		document.put("locations", locations(assessment, values));
		document.put("flows", flows(assessment, values));
		document.put("diagram", FlowDiagramValues.of(assessment.getFlows(), values));
		document.put("transfers", transfers(assessment, values));
		new Proportionality(assessment, values).addTo(document);
		new RiskRegister(assessment, values, texts.language(), ids).addTo(document);
		review(assessment.getReview(), values, document);
		document.put("approvedVersion", approvedVersion(assessment, values));
		document.put("revisions", revisions(assessment, values));
		document.put("related", related(assessment, values));
		String title = texts.text("title.dpia-report");
		DocumentInfo info = new DocumentInfo(title + " – " + values.name(assessment),
				Header.subject(assessment, values), values.text(assessment.getOrganisation()), Header.date(assessment));
		String fileName = FileNames.part(texts.text("file.dpia-report")) + ".pdf";
		// a register too long for one document moves to appendix files; the report says where it is
		List<Output> outputs = new ArrayList<>();
		outputs.add(new Output(fileName, info, document));
		outputs.addAll(ReportAppendices.moveLongRegisters(assessment, document, fileName, values, texts, registerPart));
		return outputs;
	}

	private static List<Map<String, Object>> operations(Assessment assessment, Values values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Verksamhet operation : assessment.getOperations()) {
			rows.add(row("name", values.name(operation), "kind", values.label(operation.getKind()),
					"legalBasis", values.text(operation.getLegalBasis()), "description", values.text(operation.getDescription())));
		}
		return rows;
	}

	private static List<Map<String, Object>> processing(Assessment assessment, Values values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ProcessingActivity activity : assessment.getProcessingActivities()) {
			String recipients = activity.getRecipients().isEmpty() ? values.text(activity.getRecipientsNote())
					: values.names(activity.getRecipients())
							+ (activity.getRecipientsNote() == null || activity.getRecipientsNote().isBlank() ? ""
									: "; " + activity.getRecipientsNote().strip());
			rows.add(row("id", activity.getId(), "name", values.name(activity),
					"description", values.text(activity.getDescription()),
					"purposes", values.strings(activity.getPurposes()),
					"art6", values.label(activity.getArt6Ground()),
					"art9", values.label(activity.getArt9Condition()),
					"nationalBasis", values.strings(activity.getNationalBasis()),
					"dataSubjects", values.names(activity.getDataSubjects()),
					"dataCategories", values.names(activity.getDataCategories()),
					"recipients", recipients,
					"processors", values.join(activity.getProcessors(), values::party),
					"operations", values.names(activity.getOperations()),
					"technologies", values.names(activity.getTechnologies()),
					"owner", values.person(activity.getOwner()),
					"nature", values.text(activity.getNature()),
					"duration", values.text(activity.getDuration())));
		}
		return rows;
	}

	private static List<Map<String, Object>> dataSubjects(Assessment assessment, Values values) throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DataSubjectCategory subjects : assessment.getDataSubjects()) {
			rows.add(row("name", values.name(subjects), "kind", values.label(subjects.getKind()),
					"vulnerable", values.yesNo(subjects.getVulnerable(), subjects.getVulnerability()),
					"count", values.text(subjects.getCount()), "description", values.text(subjects.getDescription())));
		}
		return rows;
	}

	private static List<Map<String, Object>> dataCategories(Assessment assessment, Values values) throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DataCategory category : assessment.getDataCategories()) {
			rows.add(row("name", values.name(category), "description", values.text(category.getDescription()),
					"special", values.label(category.getSpecialCategory()),
					"sensitive", Facts.sensitive(category),
					"highlyPersonal", values.yesNo(category.getHighlyPersonal()),
					"protectedIdentity", values.yesNo(category.getProtectedIdentity()),
					"retention", values.text(category.getRetention())));
		}
		return rows;
	}

	private static List<Map<String, Object>> technologies(Assessment assessment, Values values) throws TemplateException {
		List<Technology> sorted = new ArrayList<>(assessment.getTechnologies());
		// least intrusive first within each need, so the table reads as the least-intrusive comparison
		sorted.sort((a, b) -> {
			int need = String.valueOf(a.getNeed()).compareTo(String.valueOf(b.getNeed()));
			return need != 0 ? need : Integer.compare(a.getIntrusiveness(), b.getIntrusiveness());
		});
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Technology technology : sorted) {
			rows.add(row("name", values.name(technology), "kind", values.label(technology.getKind()),
					"status", values.label(technology.getStatus()),
					"intrusiveness", values.number(technology.getIntrusiveness(), 0),
					"need", values.text(technology.getNeed()),
					"rationale", values.text(technology.getChoiceRationale()),
					"recording", values.label(technology.getRecording()),
					"nightVision", values.yesNo(technology.getNightVision()),
					"audio", values.yesNo(technology.getAudio()),
					"connectivity", values.text(technology.getConnectivity()),
					"supplier", values.name(technology.getSupplier()),
					"hosting", values.name(technology.getHosting()),
					"placement", values.text(technology.getPlacement()),
					"operations", values.names(technology.getOperations()),
					"description", values.text(technology.getDescription())));
		}
		return rows;
	}

	/**
	 * Which reading of SoL 4 kap. 2 c § each consent rule takes for persons with reduced decision capacity: not
	 * covered (SKR's), a representative's consent (disputed), or not stated.
	 */
	private static List<Map<String, Object>> consentReadings(List<RuleFile> rules, Values values, Texts texts)
			throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (se.dpia.rules.rules.ConsentRule rule : RuleNames.consentRules(rules)) {
			se.dpia.rules.rules.ReducedCapacityClause reduced = rule.getReducedCapacity();
			String reading;
			if (reduced == null) {
				reading = texts.text("consent.reading.notStated");
			} else if (reduced.isNotUsed()) {
				reading = texts.text("consent.reading.notCovered");
			} else {
				reading = texts.text("consent.reading.representative") + " "
						+ String.join(" " + texts.text("consent.or") + " ", reduced.getRepresentatives().stream().map(texts::label).toList())
						+ (reduced.isPersonMustNotObject() ? texts.text("consent.reading.noObjection") : "") + ". "
						+ texts.text("consent.reading.disputed");
			}
			rows.add(row("rule", RuleNames.shown(rule.getName()), "technology", values.name(rule.getTechnology()),
					"reading", reading));
		}
		return rows;
	}

	private static List<Map<String, Object>> systems(Assessment assessment, Values values) throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (SystemAsset system : assessment.getSystems()) {
			rows.add(row("name", values.name(system), "kind", values.label(system.getKind()),
					"location", values.name(system.getLocation()), "operatedBy", values.party(system.getOperatedBy()),
					"storesData", values.yesNo(system.getStoresData()), "description", values.text(system.getDescription())));
		}
		return rows;
	}

	private static List<Map<String, Object>> locations(Assessment assessment, Values values) throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Location location : assessment.getLocations()) {
			rows.add(row("name", values.name(location), "kind", values.label(location.getKind()),
					"country", values.text(location.getCountry()), "inEuEea", values.yesNo(location.getInEuEea()),
					"trustZone", values.text(location.getTrustZone())));
		}
		return rows;
	}

	static List<Map<String, Object>> flows(List<DataFlow> flows, Values values) throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		int number = 0;
		for (DataFlow flow : flows) {
			number++;
			String encryption = values.yesNo(flow.getEncrypted(), flow.getEncryption());
			rows.add(row("number", number, "name", values.name(flow), "source", values.name(flow.getSource()),
					"target", values.name(flow.getTarget()), "dataCategories", values.names(flow.getDataCategories()),
					"when", values.label(flow.getWhen()), "storage", values.label(flow.getStorage()),
					"encryption", encryption, "accessLogged", values.yesNo(flow.getAccessLogged()),
					"logging", values.text(flow.getLogging()), "logRetention", values.text(flow.getLogRetention()),
					"processor", values.party(flow.getProcessor())));
		}
		return rows;
	}

	private static List<Map<String, Object>> flows(Assessment assessment, Values values) throws TemplateException {
		return flows(assessment.getFlows(), values);
	}

	private static List<Map<String, Object>> transfers(Assessment assessment, Values values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ProcessingActivity activity : assessment.getProcessingActivities()) {
			for (Transfer transfer : activity.getTransfers()) {
				rows.add(row("activity", values.name(activity), "recipient", values.name(transfer.getRecipient()),
						"country", values.text(transfer.getCountry()), "safeguard", values.label(transfer.getSafeguard()),
						"description", values.text(transfer.getSafeguardDescription())));
			}
		}
		return rows;
	}

	private static void review(Review review, Values values, Map<String, Object> document) throws TemplateException {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("dpoOpinion", values.text(review == null ? null : review.getDpoOpinion()));
		r.put("dpoSignedOff", values.yesNo(review != null && review.isDpoSignedOff()));
		r.put("signOffDate", values.date(review == null ? null : review.getSignOffDate()));
		r.put("dataSubjectViews", values.text(review == null ? null : review.getDataSubjectViews()));
		r.put("viewsNotSoughtReason", review == null || review.getViewsNotSoughtReason() == null ? ""
				: review.getViewsNotSoughtReason().strip());
		r.put("conclusion", review == null ? values.notStated() : values.label(review.getConclusion()));
		r.put("conclusionText", values.text(review == null ? null : review.getConclusionText()));
		r.put("priorConsultation", review == null ? values.notStated() : values.yesNo(review.getPriorConsultation()));
		r.put("nextReviewDate", values.date(review == null ? null : review.getNextReviewDate()));
		r.put("nextReviewBy", values.text(review == null ? null : review.getNextReviewBy()));
		document.put("review", r);
		document.put("nextReviewDate", r.get("nextReviewDate"));
	}

	/**
	 * The change history: the input's (the model's revisions and, for an assessment in its own git repository, its
	 * commits), then the DPO's approval recorded in the model.
	 */
	private List<Map<String, Object>> revisions(Assessment assessment, Values values) throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (HistoryRow entry : history == null ? DocumentInput.revisions(assessment) : history) {
			rows.add(row("version", values.text(entry.version()), "date", values.date(entry.date()),
					"reason", values.text(entry.reason()), "issuer", values.text(entry.issuer())));
		}
		Review review = assessment.getReview();
		if (review != null && review.getApprovedHash() != null && !review.getApprovedHash().isBlank()) {
			rows.add(row("version", shortHash(review.getApprovedHash()), "date", values.date(review.getSignOffDate()),
					"reason", values.textOf("history.approval"), "issuer", values.text(review.getSignedBy())));
		}
		return rows;
	}

	/** The version the DPO approved (its content hash) and, where known, whether the folder still holds it. */
	private String approvedVersion(Assessment assessment, Values values) throws TemplateException {
		Review review = assessment.getReview();
		if (review == null || review.getApprovedHash() == null || review.getApprovedHash().isBlank()) {
			return values.notStated();
		}
		String shown = shortHash(review.getApprovedHash());
		if (approvedContentUnchanged == null) {
			return shown;
		}
		return shown + " (" + values.textOf(approvedContentUnchanged ? "approval.unchanged" : "approval.changed") + ")";
	}

	/** A content hash shortened for reading: the algorithm and the first 12 hex digits. */
	static String shortHash(String hash) {
		int colon = hash.indexOf(':');
		return hash.length() <= colon + 13 ? hash : hash.substring(0, colon + 13);
	}

	private static List<Map<String, Object>> related(Assessment assessment, Values values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (RelatedDocument document : assessment.getRelatedDocuments()) {
			rows.add(row("title", values.text(document.getTitle()), "version", values.text(document.getVersion()),
					"date", values.date(document.getDate()), "decisionBody", values.text(document.getDecisionBody()),
					"reference", values.text(document.getReference())));
		}
		return rows;
	}

	/**
	 * The screening (förhandsbedömning) by the compliance engine: each of the nine WP248 criteria, whether it holds
	 * and the facts of the model it rests on; and whether the residual risks call for prior consultation (Art. 36).
	 */
	private static void screening(Assessment assessment, Texts texts, Values values, Map<String, Object> document,
			ShortIds ids) throws TemplateException {
		Messages messages = Messages.of(texts.language().code());
		Screening screening = Screening.of(assessment);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (CriterionResult result : screening.results()) {
			rows.add(row("number", result.criterion().number(), "title", result.criterion().title(messages),
					"holds", result.holds(), "holdsText", values.yesNo(result.holds()),
					"explanation", result.explanation(messages),
					"facts", result.facts().stream().map(fact -> fact.text(messages)).toList()));
		}
		document.put("screening", rows);
		document.put("screeningConclusion", screening.conclusion(messages));
		consultation(assessment, values, document, ids);
	}

	/**
	 * The Art. 36 conclusion computed from the register: "not assessed" while a risk to the data subjects lacks its
	 * assessment after the measures, otherwise whether a residual level exceeds the acceptable level.
	 */
	private static void consultation(Assessment assessment, Values values, Map<String, Object> document,
			ShortIds ids) throws TemplateException {
		PriorConsultation.Outcome outcome = PriorConsultation.outcome(assessment);
		document.put("consultationRequired", switch (outcome) {
			case NOT_ASSESSED -> values.textOf("consultation.notAssessed");
			case REQUIRED -> values.yesNo(true);
			case NOT_REQUIRED -> values.yesNo(false);
		});
		document.put("riskConclusion", values.textOf(switch (outcome) {
			case NOT_ASSESSED -> "conclusion.notAssessed";
			case REQUIRED -> "conclusion.required";
			case NOT_REQUIRED -> "conclusion.notRequired";
		}));
		List<Map<String, Object>> unassessed = new ArrayList<>();
		for (Risk risk : PriorConsultation.risksNotAssessedAfterMeasures(assessment)) {
			unassessed.add(row("id", ids.of(risk), "name", values.name(risk)));
		}
		document.put("risksNotAssessed", unassessed);
		document.put("hasRisksNotAssessed", !unassessed.isEmpty());
	}
}
