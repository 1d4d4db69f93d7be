package se.dpia.model.validation;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import se.dpia.model.DpiaPackage;

/**
 * Entry point of the assessment model's validation.
 * <p>
 * {@link #validate(EObject, Locale)} needs no registration: it runs a {@link Diagnostician} over a registry of its
 * own that maps the dpia package to {@link AssessmentValidator} and delegates every other package to the global
 * registry. That is what {@code ./dpia check}, the workbench's checker and the tests use, inside OSGi and out.
 * <p>
 * {@link #register()} puts the same validator into the global {@link EValidator.Registry}, for code that uses
 * {@link Diagnostician#INSTANCE} (e.g. a generic "Validate" action). The generated package's initialisation
 * registers the structural {@code DpiaValidator} there; registering initialises the package first, so the composed
 * validator, which includes the structural one, replaces it and stays. EMF has no extension point for validators,
 * so there is nothing to declare in {@code plugin.xml}; {@code AssessmentFiles.prepare} calls {@link #register()}.
 */
public final class DpiaValidation {

	/** The source of every {@link ModelIssue}. */
	public static final String SOURCE = "se.dpia.model";

	private DpiaValidation() {
	}

	/** Makes {@link Diagnostician#INSTANCE} validate assessments with every check. Idempotent. */
	public static synchronized void register() {
		EValidator.Registry.INSTANCE.put(DpiaPackage.eINSTANCE, AssessmentValidator.INSTANCE);
	}

	/** Validates an element and everything it contains, with messages in the given language. */
	public static Diagnostic validate(EObject root, Locale locale) {
		EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
		registry.put(DpiaPackage.eINSTANCE, AssessmentValidator.INSTANCE);
		Diagnostician diagnostician = new Diagnostician(registry);
		Map<Object, Object> context = diagnostician.createDefaultContext();
		context.put(Locale.class, locale);
		return diagnostician.validate(root, context);
	}

	/** Validates in the JVM's default language. */
	public static Diagnostic validate(EObject root) {
		return validate(root, Locale.getDefault());
	}
}
