package se.dpia.model.validation;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.dpia.model.Identified;

/** Names a model element by its path from the assessment, e.g. {@code /risks[R3]}, for problems without a line. */
public final class ModelPaths {

	private ModelPaths() {
	}

	public static String pathOf(EObject element) {
		if (element == null) {
			return "";
		}
		Deque<String> steps = new ArrayDeque<>();
		for (EObject current = element; current.eContainer() != null; current = current.eContainer()) {
			EStructuralFeature feature = current.eContainingFeature();
			String key = current instanceof Identified identified && identified.getId() != null ? identified.getId()
					: String.valueOf(feature.isMany() ? ((java.util.List<?>) current.eContainer().eGet(feature)).indexOf(current) : 0);
			steps.push(feature.getName() + "[" + key + "]");
		}
		return "/" + String.join("/", steps);
	}
}
