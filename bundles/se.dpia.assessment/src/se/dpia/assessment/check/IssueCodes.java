package se.dpia.assessment.check;

/**
 * The codes of the problems the folder-level checks raise, beside the model's ({@code se.dpia.model.validation})
 * and the rule language's ({@code se.dpia.rules}). Codes are API: {@code check} prints them, the workbench's markers
 * carry them, and {@code docs/issue-codes.md} explains each; a test keeps that list and these constants alike.
 */
public final class IssueCodes {

	/** The model or a rule file changed after the DPO approved the assessment. Warning. */
	public static final String CHANGED_AFTER_APPROVAL = "changed-after-approval";
	/** A risk stays above the acceptable level after its measures: consult IMY (GDPR Art. 36). Warning. */
	public static final String PRIOR_CONSULTATION_REQUIRED = "prior-consultation-required";
	/** A measure of a PUB Annex III that treats no risk of the DPIA. Warning. */
	public static final String ANNEX_MEASURE_WITHOUT_RISK = "annex-measure-without-risk";
	/** A measure marked for a PUB annex with no processor, or a processor without an agreement. Error. */
	public static final String ANNEX_MEASURE_WITHOUT_PROCESSOR = "annex-measure-without-processor";
	/** An operational measure that no routine step carries out. Warning. */
	public static final String OPERATIONAL_MEASURE_WITHOUT_ROUTINE_STEP = "operational-measure-without-routine-step";

	/** A git merge of the model left a conflict, listed beside it, that is not resolved yet. Error. */
	public static final String UNRESOLVED_MERGE_CONFLICT = "unresolved-merge-conflict";

	private IssueCodes() {
	}
}
