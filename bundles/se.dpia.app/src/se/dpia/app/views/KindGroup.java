package se.dpia.app.views;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import se.dpia.model.provider.DpiaEditPlugin;

/**
 * A folder of the model tree: the elements of one kind an assessment holds (its parties, processing activities,
 * systems, risks, …), shown with their number so a long model reads as a short list of kinds.
 *
 * @param owner the assessment
 * @param feature the containment reference that holds the elements
 */
public record KindGroup(EObject owner, EReference feature) {

	/** The elements of the kind, as the model holds them now. */
	public List<?> elements() {
		return (List<?>) owner.eGet(feature);
	}

	/** The kind's name in the workbench's language, from the model's edit texts, and the number of elements. */
	public String label() {
		String key = "_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature";
		String name;
		try {
			name = DpiaEditPlugin.INSTANCE.getString(key);
		} catch (RuntimeException e) {
			name = feature.getName();
		}
		return name + " (" + elements().size() + ")";
	}
}
