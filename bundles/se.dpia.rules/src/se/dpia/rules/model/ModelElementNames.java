package se.dpia.rules.model;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import se.dpia.model.Assessment;
import se.dpia.model.Identified;

/**
 * Names model elements by their {@code id} alone: rule files say {@code Trygghetskamera}, not a path through
 * the assessment. The assessment itself is not referable.
 */
public class ModelElementNames extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject element) {
		if (element instanceof Identified identified && !(element instanceof Assessment)) {
			String id = identified.getId();
			if (id != null && !id.isBlank()) {
				return QualifiedName.create(id);
			}
		}
		return null;
	}
}
