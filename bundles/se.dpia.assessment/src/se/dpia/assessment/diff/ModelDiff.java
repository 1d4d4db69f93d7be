package se.dpia.assessment.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.dpia.model.Identified;

/**
 * Compares two versions of an assessment model with EMF's structure: elements are matched by their id (the XMI ID
 * of {@link Identified}) or, without one, by their place under the nearest element with an id; attributes are
 * compared feature by feature, references by their targets' ids. Contained elements are elements of their own, so
 * a containment reference is not a change of its container.
 */
public final class ModelDiff {

	private ModelDiff() {
	}

	/** The elements added, removed and changed from {@code before} to {@code after}, in the order of the models. */
	public static List<ElementChange> between(EObject before, EObject after) {
		Map<String, EObject> old = elements(before);
		Map<String, EObject> now = elements(after);
		List<ElementChange> changes = new ArrayList<>();
		for (Map.Entry<String, EObject> element : old.entrySet()) {
			EObject current = now.get(element.getKey());
			if (current == null) {
				EObject container = element.getValue().eContainer();
				// only the topmost removed element: its contents went with it
				if (container == null || now.containsKey(keyOf(container))) {
					changes.add(change(ElementChange.Kind.REMOVED, element.getKey(), element.getValue(), List.of()));
				}
			} else {
				List<FeatureChange> features = features(element.getValue(), current);
				if (!features.isEmpty()) {
					changes.add(change(ElementChange.Kind.CHANGED, element.getKey(), current, features));
				}
			}
		}
		for (Map.Entry<String, EObject> element : now.entrySet()) {
			EObject container = element.getValue().eContainer();
			// only the topmost added element: its contents came with it
			if (!old.containsKey(element.getKey()) && (container == null || old.containsKey(keyOf(container)))) {
				changes.add(change(ElementChange.Kind.ADDED, element.getKey(), element.getValue(), List.of()));
			}
		}
		return changes;
	}

	private static ElementChange change(ElementChange.Kind kind, String key, EObject element, List<FeatureChange> features) {
		String name = element instanceof Identified identified ? identified.getName() : null;
		return new ElementChange(kind, element.eClass().getName(), key, name, features);
	}

	private static Map<String, EObject> elements(EObject root) {
		Map<String, EObject> elements = new LinkedHashMap<>();
		if (root == null) {
			return elements;
		}
		elements.put(keyOf(root), root);
		root.eAllContents().forEachRemaining(element -> elements.putIfAbsent(keyOf(element), element));
		return elements;
	}

	/** The element's id, or its place under the nearest element with an id, e.g. {@code A/revisions[2]}. */
	static String keyOf(EObject element) {
		if (element == null) {
			return "";
		}
		String id = EcoreUtil.getID(element);
		if (id != null && !id.isBlank()) {
			return id;
		}
		EObject container = element.eContainer();
		if (container == null) {
			return "/";
		}
		EStructuralFeature feature = element.eContainingFeature();
		String place = feature.getName();
		if (feature.isMany()) {
			place += "[" + (((List<?>) container.eGet(feature)).indexOf(element) + 1) + "]";
		}
		String parent = EcoreUtil.getID(container) != null && container.eContainer() == null ? "" : keyOf(container) + "/";
		return parent + place;
	}

	private static List<FeatureChange> features(EObject before, EObject after) {
		List<FeatureChange> changes = new ArrayList<>();
		for (EStructuralFeature feature : after.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient()
					|| (feature instanceof EAttribute attribute && attribute.isID())
					|| (feature instanceof EReference reference && (reference.isContainment() || reference.isContainer()))) {
				continue;
			}
			String old = text(before, feature);
			String now = text(after, feature);
			if (!old.equals(now)) {
				changes.add(new FeatureChange(feature.getName(), old, now));
			}
		}
		return changes;
	}

	private static String text(EObject element, EStructuralFeature feature) {
		if (!element.eIsSet(feature)) {
			return "";
		}
		Object value = element.eGet(feature);
		if (feature instanceof EReference) {
			Collection<?> targets = feature.isMany() ? (Collection<?>) value : List.of(value);
			return targets.stream().map(target -> keyOf((EObject) target)).collect(Collectors.joining(", "));
		}
		if (feature.isMany()) {
			return ((Collection<?>) value).stream().map(String::valueOf).collect(Collectors.joining(", "));
		}
		return Objects.toString(value, "");
	}
}
