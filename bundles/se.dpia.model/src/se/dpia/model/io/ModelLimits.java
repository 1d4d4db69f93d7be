package se.dpia.model.io;

import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;

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
	public static String violation(EObject root) {
		int elements = 0;
		String found = violationIn(root);
		for (Iterator<EObject> all = root.eAllContents(); found == null && all.hasNext();) {
			EObject element = all.next();
			if (++elements > MAX_ELEMENTS) {
				return String.format(Locale.ROOT, "the model holds more than %,d elements, the limit for one model file;"
						+ " split the assessment into several folders", MAX_ELEMENTS);
			}
			found = violationIn(element);
		}
		return found;
	}

	private static String violationIn(EObject element) {
		if (element instanceof RiskScale scale && scale.getLevels().size() > MAX_SCALE_LEVELS) {
			return String.format(Locale.ROOT, "%s has %,d levels, above the limit of %d for a risk scale;"
					+ " use at most %d levels (the CNIL method has 4)", where(element), scale.getLevels().size(),
					MAX_SCALE_LEVELS, MAX_SCALE_LEVELS);
		}
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || !element.eIsSet(feature)) {
				continue;
			}
			Object value = element.eGet(feature, false);
			if (feature.isMany() && value instanceof Collection<?> list && list.size() > MAX_LIST_ENTRIES) {
				return String.format(Locale.ROOT, "%s has %,d entries in '%s', above the limit of %,d for one list;"
						+ " split the assessment into several folders", where(element), list.size(), feature.getName(),
						MAX_LIST_ENTRIES);
			}
			if (feature instanceof EAttribute attribute) {
				String tooLong = tooLong(element, attribute, value);
				if (tooLong != null) {
					return tooLong;
				}
			}
		}
		return null;
	}

	private static String tooLong(EObject element, EAttribute attribute, Object value) {
		int limit = limitOf(attribute);
		Iterable<?> texts = attribute.isMany() && value instanceof Collection<?> list ? list : java.util.List.of(value);
		for (Object text : texts) {
			if (text instanceof String string && string.length() > limit) {
				return String.format(Locale.ROOT, "%s: '%s' is %,d characters long, above the limit of %,d for %s;"
						+ " shorten it (put a long text in a related document and refer to it)", where(element),
						attribute.getName(), string.length(), limit, limit == MAX_TEXT_CHARS ? "a text"
								: limit == MAX_ID_CHARS ? "an id" : "a name");
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

	/** The element's kind and id, e.g. "the Risk R1"; its kind alone when its id is unusable. */
	private static String where(EObject element) {
		EAttribute idAttribute = element.eClass().getEIDAttribute();
		Object id = idAttribute == null ? null : element.eGet(idAttribute);
		String kind = element.eClass() == DpiaPackage.Literals.ASSESSMENT ? "the assessment" : "the " + element.eClass().getName();
		return id instanceof String text && !text.isEmpty() && text.length() <= 80 ? kind + " " + text : kind;
	}
}
