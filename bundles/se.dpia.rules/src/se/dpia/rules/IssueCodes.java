package se.dpia.rules;

/**
 * The rule language's issue codes. They are API: {@code ./dpia check} prints them, tests raise each one, and
 * quick fixes are bound to them. Never rename one.
 */
public final class IssueCodes {

	/** The text does not follow the language's grammar. */
	public static final String SYNTAX_ERROR = "syntax-error";
	/** A name that is not an element of the assessment model (or not of the kind expected there). */
	public static final String UNRESOLVED_REFERENCE = "unresolved-reference";
	/** A consent rule for a camera that does not say what is offered when the person says no. */
	public static final String CONSENT_WITHOUT_REFUSAL_ALTERNATIVE = "consent-without-refusal-alternative";
	/**
	 * A consent rule that does not say what holds when the person's decision capacity is reduced. A warning since
	 * both readings of SoL 4 kap. 2 c § can be written (it was an error before); the code is unchanged.
	 */
	public static final String CONSENT_WITHOUT_REDUCED_CAPACITY = "consent-without-reduced-capacity";
	/** Consent from a god man or förvaltare that does not also require that the person does not object. */
	public static final String REPRESENTATIVE_WITHOUT_NO_OBJECTION = "representative-without-no-objection";
	/**
	 * A rule that lets a god man or förvaltare consent for a person with reduced decision capacity (warning): one
	 * reading of SoL 4 kap. 2 c §; SKR's reading is that such persons are not covered.
	 */
	public static final String REPRESENTATIVE_CONSENT_DISPUTED = "representative-consent-disputed";
	/** A camera routine with no step that sends staff on a physical visit when the person is still not seen. */
	public static final String CAMERA_ROUTINE_WITHOUT_PHYSICAL_ESCALATION = "camera-routine-without-physical-escalation";
	/** A camera routine whose physical visit does not also cover power cuts and technology failures (warning). */
	public static final String ESCALATION_MISSES_CAUSE = "escalation-misses-cause";
	/** A routine with supervision that does not say what happens when the person is seen and needs help (warning). */
	public static final String ROUTINE_WITHOUT_HELP_STEP = "routine-without-help-step";
	/** A routine with supervision that does not say who is called when nobody can get there in time (warning). */
	public static final String ROUTINE_WITHOUT_ESCALATION = "routine-without-escalation";
	/** A step calls a role or contact that has no phone number (warning). */
	public static final String CALLED_WITHOUT_PHONE = "called-without-phone";
	/** A step documented in a system that is not the care documentation, e.g. the supplier's platform (warning). */
	public static final String DOCUMENTED_OUTSIDE_CARE_DOCUMENTATION = "documented-outside-care-documentation";
	/** A supervision window (tillsyn) that starts or ends outside the granted service (beviljad insats). */
	public static final String WINDOW_OUTSIDE_GRANTED_SERVICE = "window-outside-granted-service";
	/** A routine step done by a role that lacks the permission (behörighet) the step needs. */
	public static final String STEP_ROLE_LACKS_PERMISSION = "step-role-lacks-permission";
	/** A checklist point that nothing satisfies and that is not marked open (warning). */
	public static final String CHECKLIST_ITEM_UNSATISFIED = "checklist-item-unsatisfied";
	/** An import that reaches outside the assessment folder or the bundled library, or names a scheme. */
	public static final String IMPORT_REFUSED = "import-refused";
	/** An import of a file that does not exist in the assessment folder or the bundled library. */
	public static final String IMPORT_NOT_FOUND = "import-not-found";

	/** A rule or model file that could not be read: too large, not valid text, or an I/O failure. */
	public static final String UNREADABLE_FILE = "unreadable-file";
	/** A problem the language's validator reports without a code of its own. */
	public static final String OTHER = "rules";

	private IssueCodes() {
	}
}
