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

	private IssueCodes() {
	}
}
