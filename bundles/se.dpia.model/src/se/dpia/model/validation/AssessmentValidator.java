package se.dpia.model.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

import se.dpia.model.util.DpiaValidator;
import se.dpia.model.validation.checks.Checks;

/**
 * The {@link EValidator} of the assessment model's package: the generated structural constraints
 * ({@link DpiaValidator}: multiplicities, the Datum pattern, ids, references), with stable codes, followed by
 * the {@link Checks checks} of the DPIA's content, one class per concern. Every diagnostic it reports is a
 * {@link ModelIssue}. The language of the messages is the context's {@code Locale.class} entry, else the JVM's.
 */
public final class AssessmentValidator implements EValidator {

	/** The validator with every check. */
	public static final AssessmentValidator INSTANCE = new AssessmentValidator(DpiaValidator.INSTANCE, Checks.all());

	private final EValidator structural;
	private final List<ModelCheck<?>> checks;

	AssessmentValidator(EValidator structural, List<ModelCheck<?>> checks) {
		this.structural = structural;
		this.checks = checks;
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Issues issues = new Issues(diagnostics, localeOf(context));
		BasicDiagnostic raw = diagnostics == null ? null : new BasicDiagnostic();
		boolean valid = structural.validate(eClass, eObject, raw, context);
		if (raw != null) {
			for (Diagnostic diagnostic : raw.getChildren()) {
				StructuralIssues.translate(diagnostic, issues);
			}
		}
		for (ModelCheck<?> check : checks) {
			check.checkIfApplies(eObject, issues);
		}
		return valid && !issues.hasErrors();
	}

	/** Data values (the Datum pattern) are the generated validator's job; its result is translated per element. */
	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return structural.validate(eDataType, value, diagnostics, context);
	}

	private static Locale localeOf(Map<Object, Object> context) {
		return context != null && context.get(Locale.class) instanceof Locale locale ? locale : Locale.getDefault();
	}
}
