package se.dpia.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A diagnostic of the assessment model's validation that carries its stable {@linkplain IssueCodes issue code};
 * its data are the element and, where one applies, the feature.
 */
public final class ModelIssue extends BasicDiagnostic {

	private final String issueCode;

	public ModelIssue(int severity, String issueCode, String message, EObject element, EStructuralFeature feature) {
		super(severity, DpiaValidation.SOURCE, 0, message,
				feature == null ? new Object[] { element } : new Object[] { element, feature });
		this.issueCode = issueCode;
	}

	/** The stable code, one of {@link IssueCodes}. */
	public String issueCode() {
		return issueCode;
	}

	/** The element the issue is about. */
	public EObject element() {
		return (EObject) getData().get(0);
	}

	public boolean isError() {
		return getSeverity() >= ERROR;
	}
}
