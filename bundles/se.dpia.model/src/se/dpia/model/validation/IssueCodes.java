package se.dpia.model.validation;

/**
 * The assessment model's issue codes. They are API: {@code ./dpia check} prints them in brackets, the workbench
 * puts them on its markers, tests raise each one and quick fixes will be bound to them. Never rename one; add new
 * ones instead. The message of each code is in {@code messages.properties} under the code as key.
 */
public final class IssueCodes {

	// Risks (GDPR Art. 35(7)(c) and (d))
	/** A risk with no measure (åtgärd) and not accepted with a rationale. Error. */
	public static final String RISK_WITHOUT_TREATMENT = "risk-without-treatment";
	/** A risk accepted without saying why (it has measures, so it is treated, but the acceptance is unexplained). Warning. */
	public static final String ACCEPTED_RISK_WITHOUT_RATIONALE = "accepted-risk-without-rationale";
	/** A risk whose likelihood or severity is not assessed (0). Warning. */
	public static final String RISK_NOT_ASSESSED = "risk-not-assessed";
	/** A risk assessed before its measures but not after them. Warning. */
	public static final String RESIDUAL_RISK_NOT_ASSESSED = "residual-risk-not-assessed";
	/** A likelihood or severity that is not a level of the assessment's scale. Error. */
	public static final String RISK_LEVEL_OUTSIDE_SCALE = "risk-level-outside-scale";
	/** A risk that remains above the acceptable level while the DPO has not signed off. Error. */
	public static final String RESIDUAL_RISK_WITHOUT_DPO_SIGN_OFF = "residual-risk-without-dpo-sign-off";

	// Processors and transfers (GDPR Art. 28, Chapter V)
	/** A processor (personuppgiftsbiträde) without a PUB agreement. Error. */
	public static final String PROCESSOR_WITHOUT_AGREEMENT = "processor-without-agreement";
	/** A PUB agreement that is not signed (ej upprättat or utkast). Warning. */
	public static final String AGREEMENT_NOT_SIGNED = "agreement-not-signed";
	/** A PUB agreement on the standard clauses (2021/915) that does not say whether Clause 5 (docking) is included. Warning. */
	public static final String AGREEMENT_DOCKING_CLAUSE_NOT_STATED = "agreement-docking-clause-not-stated";
	/** A PUB agreement on the standard clauses without Option 1 or 2 of Clause 7.7 (sub-processors). Warning. */
	public static final String AGREEMENT_SUBPROCESSOR_OPTION_NOT_STATED = "agreement-subprocessor-option-not-stated";
	/** A PUB agreement on the standard clauses with an option of Clause 7.7 but no time period for it. Warning. */
	public static final String AGREEMENT_NOTICE_PERIOD_NOT_STATED = "agreement-notice-period-not-stated";
	/** A PUB agreement on the standard clauses without the controller's choice of deletion or return (Clause 10(d)). Warning. */
	public static final String AGREEMENT_END_OF_PROCESSING_NOT_STATED = "agreement-end-of-processing-not-stated";
	/** A PUB agreement on the standard clauses without both contacts for breach notification (Clause 9). Warning. */
	public static final String AGREEMENT_BREACH_CONTACT_NOT_STATED = "agreement-breach-contact-not-stated";
	/** A transfer outside the EU/EEA without a safeguard. Error. */
	public static final String TRANSFER_WITHOUT_SAFEGUARD = "transfer-without-safeguard";
	/** A system in a place outside the EU/EEA with no transfer recorded for it. Warning. */
	public static final String THIRD_COUNTRY_WITHOUT_TRANSFER = "third-country-without-transfer";
	/** A place where systems run or a technology is hosted that does not say whether it is within the EU/EEA. Warning. */
	public static final String EU_EEA_NOT_STATED = "eu-eea-not-stated";

	// Data and flows (GDPR Art. 5(1)(e), Art. 32)
	/** A category of personal data without retention (gallring). Warning. */
	public static final String DATA_WITHOUT_RETENTION = "data-without-retention";
	/** A flow declared live-only (endast realtid) whose target system stores data. Error. */
	public static final String LIVE_ONLY_FLOW_TO_STORE = "live-only-flow-to-store";
	/** A flow of personal data that is neither marked encrypted nor says how it is encrypted. Warning. */
	public static final String FLOW_NOT_ENCRYPTED = "flow-not-encrypted";
	/** A flow of special-category or highly personal data that does not say whether access is logged. Warning. */
	public static final String FLOW_ACCESS_LOGGING_NOT_STATED = "flow-access-logging-not-stated";

	// Lawfulness (GDPR Art. 5(1)(b), 6, 9)
	/** A processing activity with special-category data and no Art. 9(2) condition. Error. */
	public static final String SPECIAL_CATEGORY_WITHOUT_ART9_CONDITION = "special-category-without-art9-condition";
	/** A processing activity without an Art. 6(1) ground. Error. */
	public static final String PROCESSING_WITHOUT_LEGAL_BASIS = "processing-without-legal-basis";
	/** A processing activity without a purpose (ändamål). Warning. */
	public static final String PROCESSING_WITHOUT_PURPOSE = "processing-without-purpose";

	// Necessity and proportionality (GDPR Art. 5(1)(c), 13, 14, 15 to 21)
	/** A processing activity that does not say how the data is minimised. Warning. */
	public static final String MINIMISATION_NOT_STATED = "minimisation-not-stated";
	/** A processing activity that does not say how the data subjects are informed (Art. 13/14). Warning. */
	public static final String DATA_SUBJECT_INFORMATION_NOT_STATED = "data-subject-information-not-stated";
	/** No statement of how the data subjects exercise their rights and who handles their requests. Warning. */
	public static final String RIGHTS_HANDLING_NOT_STATED = "rights-handling-not-stated";

	// The least-intrusive principle
	/** A chosen technology more intrusive than another that meets the same need, with no stated reason. Error. */
	public static final String MORE_INTRUSIVE_TECHNOLOGY_WITHOUT_RATIONALE = "more-intrusive-technology-without-rationale";
	/** A technology that shares its need with others but has no intrusiveness rank, so it can't be compared. Warning. */
	public static final String TECHNOLOGY_NOT_RANKED = "technology-not-ranked";

	// Review (GDPR Art. 35(2) and (9))
	/** No data protection officer (dataskyddsombud) named. Warning. */
	public static final String DPO_NOT_NAMED = "dpo-not-named";
	/** Neither the data subjects' views nor why they were not sought. Warning. */
	public static final String DATA_SUBJECT_VIEWS_MISSING = "data-subject-views-missing";
	/** No date for the next review of the assessment (Art. 35(11)). Warning. */
	public static final String NEXT_REVIEW_NOT_STATED = "next-review-not-stated";
	/** An assessment marked godkänd without the DPO's opinion. Error. */
	public static final String APPROVED_WITHOUT_DPO_OPINION = "approved-without-dpo-opinion";

	// Structure (the generated EMF constraints)
	/** A date that is not written YYYY-MM-DD. Error. */
	public static final String INVALID_DATE = "invalid-date";
	/** A required value or reference that is missing. Error. */
	public static final String MISSING_REQUIRED_VALUE = "missing-required-value";
	/** A reference to an element that can't be found. Error. */
	public static final String BROKEN_REFERENCE = "broken-reference";
	/** Two elements with the same id. Error. */
	public static final String DUPLICATE_ID = "duplicate-id";
	/** Any other structural problem, with EMF's own message. Error. */
	public static final String INVALID_MODEL = "invalid-model";

	private IssueCodes() {
	}
}
