package se.dpia.model.validation;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;

import se.dpia.model.DpiaPackage;

/**
 * Gives the generated EMF constraints (multiplicity, the Datum pattern, references, ids) stable codes and, for the
 * ones a user meets, messages that name the element and say what to do.
 */
final class StructuralIssues {

	private StructuralIssues() {
	}

	static void translate(Diagnostic diagnostic, Issues issues) {
		List<?> data = diagnostic.getData();
		EObject element = !data.isEmpty() && data.get(0) instanceof EObject first ? first : null;
		EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature second ? second : null;
		if (element == null || !EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
			issues.add(new ModelIssue(diagnostic.getSeverity(), IssueCodes.INVALID_MODEL, diagnostic.getMessage(), element, null));
			return;
		}
		String featureName = feature == null ? "?" : feature.getName();
		switch (diagnostic.getCode()) {
		case EObjectValidator.EOBJECT__EVERY_DATA_VALUE_CONFORMS -> {
			if (feature instanceof EAttribute attribute && attribute.getEAttributeType() == DpiaPackage.Literals.DATUM) {
				issues.error(IssueCodes.INVALID_DATE, element, feature, featureName, element.eGet(feature));
			} else {
				issues.add(new ModelIssue(Diagnostic.ERROR, IssueCodes.INVALID_MODEL, diagnostic.getMessage(), element, feature));
			}
		}
		case EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS ->
			issues.error(IssueCodes.MISSING_REQUIRED_VALUE, element, feature, featureName);
		case EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES ->
			issues.error(IssueCodes.BROKEN_REFERENCE, element, feature, featureName);
		case EObjectValidator.EOBJECT__UNIQUE_ID -> issues.error(IssueCodes.DUPLICATE_ID, element, null);
		default -> issues.add(new ModelIssue(Diagnostic.ERROR, IssueCodes.INVALID_MODEL, diagnostic.getMessage(), element, feature));
		}
	}
}
