package se.dpia.assessment.check;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;

import se.dpia.model.io.ElementPosition;
import se.dpia.model.validation.ModelPaths;
import se.dpia.model.validation.Problem;

/** Problems about a model element, placed at the element's line and column in its {@code .dpia} file. */
final class ModelProblems {

	private ModelProblems() {
	}

	/**
	 * A problem about the element (or, when it is null, about the file), at the line and column where the element
	 * or its nearest loaded container starts; line 0 when none was loaded from the file.
	 */
	static Problem at(Path file, EObject element, EObject fallback, Problem.Severity severity, String message, String code) {
		ElementPosition position = ElementPosition.nearest(element != null ? element : fallback);
		return new Problem(file, position == null ? 0 : position.line(), position == null ? 0 : position.column(),
				severity, message, code, ModelPaths.pathOf(element));
	}
}
