package se.dpia.model.io;

import java.util.Collection;
import java.util.Iterator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.dpia.model.DpiaPackage;
import se.dpia.model.RiskScale;

/**
 * Sizes that keep checking and document generation bounded, enforced when a model file is loaded: a model within
 * the 10 MB file limit can still hold a risk scale of 2,000 levels (a heat map of four million cells), 200,000 data
 * categories or a 100,000-character name that no page can hold. Each limit is far above what an assessment
 * maintained by people needs (the bundled examples: 4 levels, at most a few dozen elements per list, ids of 42
 * and names of 79 characters, texts of 1,112).
 */
public final class ModelLimits {

	/** The most levels a risk scale may have (the CNIL method has four). */
	public static final int MAX_SCALE_LEVELS = 10;
	/** The longest id. */
	public static final int MAX_ID_CHARS = 200;
	/** The longest name or label. */
	public static final int MAX_NAME_CHARS = 2_000;
	/** The longest other text: under PDF's limit of 32,767 bytes for one string even when written as UTF-16. */
	public static final int MAX_TEXT_CHARS = 16_000;
	/** The most entries in one list (risks, data categories, purposes, references, ...). */
	public static final int MAX_LIST_ENTRIES = 20_000;
	/** The most elements in one model file. */
	public static final int MAX_ELEMENTS = 100_000;

	private ModelLimits() {
	}

	/** Why the model held by {@code root} is beyond a limit, naming the element and what to do; null if within. */
	public static LoadText violation(EObject root) {
		int elements = 0;
		LoadText found = violationIn(root);
		for (Iterator<EObject> all = root.eAllContents(); found == null && all.hasNext();) {
			EObject element = all.next();
			if (++elements > MAX_ELEMENTS) {
				return new LoadText("tooManyElements", MAX_ELEMENTS);
			}
			found = violationIn(element);
		}
		return found;
	}

	private static LoadText violationIn(EObject element) {
		if (element instanceof RiskScale scale && scale.getLevels().size() > MAX_SCALE_LEVELS) {
			return new LoadText("tooManyLevels", where(element), scale.getLevels().size(), MAX_SCALE_LEVELS);
		}
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || !element.eIsSet(feature)) {
				continue;
			}
			Object value = element.eGet(feature, false);
			if (feature.isMany() && value instanceof Collection<?> list && list.size() > MAX_LIST_ENTRIES) {
				return new LoadText("tooManyEntries", where(element), list.size(), feature.getName(), MAX_LIST_ENTRIES);
			}
			if (feature instanceof EAttribute attribute) {
				LoadText tooLong = tooLong(element, attribute, value);
				if (tooLong != null) {
					return tooLong;
				}
			}
		}
		return null;
	}

	private static LoadText tooLong(EObject element, EAttribute attribute, Object value) {
		int limit = limitOf(attribute);
		Iterable<?> texts = attribute.isMany() && value instanceof Collection<?> list ? list : java.util.List.of(value);
		for (Object text : texts) {
			if (text instanceof String string && string.length() > limit) {
				return new LoadText("tooLong", where(element), attribute.getName(), string.length(), limit,
						new LoadText(limit == MAX_TEXT_CHARS ? "limit.text" : limit == MAX_ID_CHARS ? "limit.id" : "limit.name"));
			}
		}
		return null;
	}

	private static int limitOf(EAttribute attribute) {
		if (attribute.isID()) {
			return MAX_ID_CHARS;
		}
		String name = attribute.getName();
		return name.equals("name") || name.startsWith("label") ? MAX_NAME_CHARS : MAX_TEXT_CHARS;
	}

	/** The element's kind and id, e.g. "Risk R1"; its kind alone when its id is unusable. */
	private static String where(EObject element) {
		EAttribute idAttribute = element.eClass().getEIDAttribute();
		Object id = idAttribute == null ? null : element.eGet(idAttribute);
		String kind = element.eClass() == DpiaPackage.Literals.ASSESSMENT ? "Assessment" : element.eClass().getName();
		return id instanceof String text && !text.isEmpty() && text.length() <= 80 ? kind + " " + text : kind;
	}
}
