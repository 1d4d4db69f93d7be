package se.dpia.model.validation;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where checks report: turns a code and the element into a {@link ModelIssue} with the message of the code in the
 * validation's language. The element's {@linkplain Labels label} is always argument {0} of the message.
 */
public final class Issues {

	private final DiagnosticChain chain;
	private final Locale locale;
	private boolean errors;

	/** @param chain where issues go; {@code null} when only validity is asked for */
	public Issues(DiagnosticChain chain, Locale locale) {
		this.chain = chain;
		this.locale = locale;
	}

	public void error(String code, EObject element, EStructuralFeature feature, Object... arguments) {
		report(Diagnostic.ERROR, code, element, feature, arguments);
	}

	public void warning(String code, EObject element, EStructuralFeature feature, Object... arguments) {
		report(Diagnostic.WARNING, code, element, feature, arguments);
	}

	/** Adds an issue whose message is already written (structural problems keep EMF's message). */
	void add(ModelIssue issue) {
		errors |= issue.isError();
		if (chain != null) {
			chain.add(issue);
		}
	}

	private void report(int severity, String code, EObject element, EStructuralFeature feature, Object... arguments) {
		Object[] withLabel = new Object[arguments.length + 1];
		withLabel[0] = Labels.of(element);
		System.arraycopy(arguments, 0, withLabel, 1, arguments.length);
		add(new ModelIssue(severity, code, Messages.format(locale, code, withLabel), element, feature));
	}

	public Locale locale() {
		return locale;
	}

	/** Whether an error has been reported here. */
	public boolean hasErrors() {
		return errors;
	}
}
