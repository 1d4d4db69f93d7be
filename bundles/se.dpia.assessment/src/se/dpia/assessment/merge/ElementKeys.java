package se.dpia.assessment.merge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.dpia.model.ScaleLevel;
import se.dpia.model.ThreatDecision;

/**
 * How the merge tells the same element in two versions: its key among its siblings (id, the proposal a threat
 * decision decides, a scale level's value, a single element's place, else its whole content) and its content as text.
 */
final class ElementKeys {

	private ElementKeys() {
	}

	/** The children of a containment by key, in order. */
	@SuppressWarnings("unchecked")
	static Map<String, EObject> keyed(EObject parent, EReference containment) {
		Map<String, EObject> keyed = new LinkedHashMap<>();
		if (parent == null || !parent.eIsSet(containment)) {
			return keyed;
		}
		if (!containment.isMany()) {
			keyed.put("single", (EObject) parent.eGet(containment));
			return keyed;
		}
		List<EObject> children = (List<EObject>) parent.eGet(containment);
		for (EObject child : children) {
			keyed.put(keyOf(child, children), child);
		}
		return keyed;
	}

	/** How an element is matched among its siblings (see ModelMerge's class comment). */
	static String keyOf(EObject element, List<EObject> siblings) {
		if (element.eContainingFeature() != null && !element.eContainingFeature().isMany()) {
			return "single";
		}
		String id = EcoreUtil.getID(element);
		if (id != null) {
			return "id:" + id;
		}
		if (element instanceof ThreatDecision decision) {
			return "decision:" + decision.getRule() + ":" + decision.getSubject();
		}
		if (element instanceof ScaleLevel level) {
			return "level:" + level.getValue();
		}
		String content = content(element);
		int occurrence = 0;
		for (EObject sibling : siblings) {
			if (sibling == element) {
				break;
			}
			if (EcoreUtil.getID(sibling) == null && content(sibling).equals(content)) {
				occurrence++;
			}
		}
		return "row:" + content + "#" + occurrence;
	}

	/** An element's whole content as text: class, attributes, references' ids and contained elements. */
	static String content(EObject element) {
		StringBuilder text = new StringBuilder();
		content(element, text);
		return text.toString();
	}

	private static void content(EObject element, StringBuilder text) {
		text.append(element.eClass().getName()).append('{');
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !element.eIsSet(feature)
					|| feature instanceof EReference reference && reference.isContainer()) {
				continue;
			}
			text.append(feature.getName()).append('=');
			Object value = element.eGet(feature, false);
			Collection<?> values = feature.isMany() ? (Collection<?>) value : List.of(value);
			for (Object one : values) {
				if (feature instanceof EReference reference && reference.isContainment()) {
					content((EObject) one, text);
				} else if (feature instanceof EReference) {
					EObject target = (EObject) one;
					String id = target.eIsProxy() ? EcoreUtil.getURI(target).fragment() : EcoreUtil.getID(target);
					text.append('#').append(id);
				} else {
					text.append(escape(String.valueOf(one)));
				}
				text.append(',');
			}
			text.append(';');
		}
		text.append('}');
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("}", "\\}");
	}

	/** Where the element with the key is in the list, or -1. */
	static int indexOfKey(List<EObject> list, String key) {
		for (int i = 0; i < list.size(); i++) {
			if (keyOf(list.get(i), list).equals(key)) {
				return i;
			}
		}
		return -1;
	}
}
