package se.dpia.assessment.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.dpia.model.validation.ModelPaths;

/**
 * The merge's references, by id while the structure is merged, then pointed at the result's elements: a reference of
 * matched elements merged three ways, one copied with an element theirs added, else the result's own.
 */
final class MergedReferences {

	private final Resource theirsResource;
	/** Theirs' ids renamed in the result (an element added on both sides), filled by the merge as it goes. */
	private final Map<String, String> renames;
	private final Map<EObject, Map<EReference, List<String>>> byElement = new IdentityHashMap<>();

	MergedReferences(Resource theirsResource, Map<String, String> renames) {
		this.theirsResource = theirsResource;
		this.renames = renames;
	}

	/** The merged target ids of an element's reference. */
	void put(EObject element, EReference reference, List<String> ids) {
		byElement.computeIfAbsent(element, k -> new HashMap<>()).put(reference, ids);
	}

	/** A copy of theirs' element refers to what the element refers to in theirs, by id. */
	void recordCopy(EObject theirsElement, EObject copy) {
		for (EReference reference : theirsElement.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived() && !reference.isTransient()
					&& reference.isChangeable()) {
				put(copy, reference, ids(theirsElement, reference));
			}
		}
	}

	/**
	 * Points every reference in the result at the result's elements: merged references by their ids, references
	 * copied from theirs by their (possibly renamed) ids. A target the merge removed is dropped and returned as a
	 * conflict.
	 */
	List<MergeResult.Conflict> resolve(EObject result) {
		List<MergeResult.Conflict> dangling = new ArrayList<>();
		Map<String, EObject> index = new HashMap<>();
		List<EObject> all = new ArrayList<>();
		all.add(result);
		result.eAllContents().forEachRemaining(all::add);
		for (EObject element : all) {
			String id = EcoreUtil.getID(element);
			if (id != null) {
				index.put(id, element);
			}
		}
		for (EObject element : all) {
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()
						|| !reference.isChangeable()) {
					continue;
				}
				Map<EReference, List<String>> merged = byElement.get(element);
				List<String> ids = merged != null && merged.containsKey(reference) ? merged.get(reference) : ids(element, reference);
				List<EObject> targets = new ArrayList<>();
				for (String id : ids) {
					EObject target = index.get(id);
					if (target == null) {
						dangling.add(new MergeResult.Conflict(MergeResult.Conflict.Kind.DANGLING_REFERENCE, ModelPaths.pathOf(element),
								reference.getName(), null, id, null));
					} else {
						targets.add(target);
					}
				}
				set(element, reference, targets);
			}
		}
		return dangling;
	}

	/**
	 * Sets a reference to the targets. Both ends of a two-way reference (a risk's measures, a measure's risks) are
	 * merged on their own and set here each in its merged order, without the one changing the other.
	 */
	@SuppressWarnings("unchecked")
	private static void set(EObject element, EReference reference, List<EObject> targets) {
		if (reference.isMany() && reference.getEOpposite() != null) {
			org.eclipse.emf.ecore.util.InternalEList<EObject> list = (org.eclipse.emf.ecore.util.InternalEList<EObject>) element.eGet(reference);
			if (!list.equals(targets)) {
				for (Object old : new ArrayList<>(list)) {
					list.basicRemove(old, null);
				}
				for (EObject target : targets) {
					list.basicAdd(target, null);
				}
			}
		} else if (reference.isMany()) {
			EList<EObject> list = (EList<EObject>) element.eGet(reference);
			if (!list.equals(targets)) {
				list.clear();
				list.addAll(targets);
			}
		} else if (targets.isEmpty()) {
			element.eUnset(reference);
		} else if (element.eGet(reference) != targets.get(0)) {
			element.eSet(reference, targets.get(0));
		}
	}

	/** The ids of a reference's targets; a target in theirs by the id it has in the result. */
	List<String> ids(EObject element, EReference reference) {
		if (!element.eIsSet(reference)) {
			return List.of();
		}
		Object value = element.eGet(reference, false);
		Collection<?> targets = reference.isMany() ? (Collection<?>) value : List.of(value);
		List<String> ids = new ArrayList<>();
		for (Object target : targets) {
			EObject object = (EObject) target;
			String id = object.eIsProxy() ? EcoreUtil.getURI(object).fragment() : EcoreUtil.getID(object);
			if (id != null) {
				ids.add(object.eResource() == theirsResource && renames.containsKey(id) ? renames.get(id) : id);
			}
		}
		return ids;
	}
}
