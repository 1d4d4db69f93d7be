package se.dpia.model.validation;

import org.eclipse.emf.ecore.EObject;

import se.dpia.model.Assessment;

/**
 * One concern of the assessment model's validation, checked on every element of one type. A new check is a
 * subclass in {@code checks}, listed in {@code Checks.all()}, with its code in {@link IssueCodes}, its message in
 * both {@code messages*.properties}, and a test that raises the code and one that doesn't.
 *
 * @param <T> the type of element checked
 */
public abstract class ModelCheck<T extends EObject> {

	private final Class<T> type;

	protected ModelCheck(Class<T> type) {
		this.type = type;
	}

	/** Checks the element if it is of this check's type. */
	public final void checkIfApplies(EObject element, Issues issues) {
		if (type.isInstance(element)) {
			check(type.cast(element), issues);
		}
	}

	protected abstract void check(T element, Issues issues);

	/** The assessment that holds an element, or {@code null} for an element outside one. */
	protected static Assessment assessmentOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Assessment assessment) {
				return assessment;
			}
		}
		return null;
	}

	protected static boolean isBlank(String text) {
		return Labels.isBlank(text);
	}
}
