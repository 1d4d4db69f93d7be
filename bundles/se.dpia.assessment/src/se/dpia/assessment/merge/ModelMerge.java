package se.dpia.assessment.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.dpia.assessment.diff.ModelDiff;
import se.dpia.model.Assessment;
import se.dpia.model.ScaleLevel;
import se.dpia.model.ThreatDecision;
import se.dpia.model.validation.ModelPaths;

/**
 * A three-way merge of two versions of an assessment model ("ours" and "theirs") that both started from a common
 * ancestor, element by element and attribute by attribute, as a git merge driver needs it.
 * <p>
 * Elements are matched by their id (the XMI ID of {@code Identified}); a threat decision by the proposal it decides
 * (rule and subject), a scale level by its value, the single review and risk scale by their place; other rows
 * without an id (revisions, milestones, goals, …) by their whole content, so a changed row is the old one removed and
 * the new one added. An attribute or single reference changed on one side takes that side's value; changed the same
 * way on both, that value; changed differently on both, it is a {@linkplain MergeResult.Conflict conflict} and the
 * result keeps ours. Lists of references and of values take both sides' additions and removals. Elements added on
 * one side are added, after the element they follow on that side (theirs after ours at the same place, so the order
 * is deterministic); an element added on both sides with the same id and different content keeps its id on our side
 * and gets the next free id on theirs, with every reference from theirs to it renamed. An element removed on one side
 * and changed on the other is a conflict (the result keeps ours). A reference to an element that the merge removed is
 * dropped and reported as a conflict.
 * <p>
 * The merge changes {@code ours} in place: it becomes the result.
 */
public final class ModelMerge {

	private static final Pattern NUMBERED = Pattern.compile("^(.*?)(\\d+)$");

	private final Resource theirsResource;
	private final List<MergeResult.Conflict> conflicts = new ArrayList<>();
	private final List<MergeResult.Note> notes = new ArrayList<>();
	/** Theirs' ids of elements added on both sides with different content, and the id each gets in the result. */
	private final Map<String, String> renames = new LinkedHashMap<>();
	/** The same for ours, when theirs holds the approval (see {@link #collisions}). */
	private final Map<String, String> oursRenames = new LinkedHashMap<>();
	/** The merged target ids of references of matched elements, set once the structure is merged. */
	private final Map<EObject, Map<EReference, List<String>>> mergedReferences = new IdentityHashMap<>();
	/** Every id used in any of the three versions, so a new id collides with none. */
	private final Set<String> usedIds = new HashSet<>();

	private ModelMerge(Resource theirsResource) {
		this.theirsResource = theirsResource;
	}

	/**
	 * Merges {@code theirs} into {@code ours}, both descended from {@code ancestor} (null when the file was added on
	 * both sides). {@code ours} becomes the result; the other two are not changed.
	 */
	public static MergeResult merge(Assessment ancestor, Assessment ours, Assessment theirs) {
		ModelMerge merge = new ModelMerge(theirs.eResource());
		for (EObject root : new EObject[] { ancestor, ours, theirs }) {
			if (root != null) {
				merge.usedIds.add(EcoreUtil.getID(root));
				root.eAllContents().forEachRemaining(element -> merge.usedIds.add(EcoreUtil.getID(element)));
			}
		}
		merge.usedIds.remove(null);
		merge.noteApproval(ancestor, ours, theirs); // before ours becomes the result
		merge.collisions(ancestor, ours, theirs);
		merge.element(ancestor, ours, theirs);
		merge.resolveReferences(ours);
		return new MergeResult(merge.conflicts, merge.notes, merge.renames, merge.oursRenames);
	}

	/**
	 * Ids that both sides gave to a new element, each a different one: theirs gets a new id, unless theirs recorded
	 * the DPO's approval and ours did not; then ours does, so the approved elements keep the ids the approval's
	 * snapshot knows them by.
	 */
	private void collisions(Assessment ancestor, Assessment ours, Assessment theirs) {
		if (ancestor == null) {
			return; // the file added on both sides: the same id is the same element, its differences conflicts
		}
		Map<String, EObject> base = byId(ancestor);
		Map<String, EObject> mine = byId(ours);
		boolean renameOurs = !Objects.equals(approvedHash(ancestor), approvedHash(theirs))
				&& Objects.equals(approvedHash(ancestor), approvedHash(ours));
		for (Map.Entry<String, EObject> other : byId(theirs).entrySet()) {
			EObject same = mine.get(other.getKey());
			if (!base.containsKey(other.getKey()) && same != null && other.getValue().eContainer() != null
					&& !content(same).equals(content(other.getValue()))) {
				if (renameOurs) {
					String fresh = freshId(other.getKey());
					oursRenames.put(other.getKey(), fresh);
					EcoreUtil.setID(same, fresh); // ours is the result: its references follow the element
				} else {
					renames.put(other.getKey(), freshId(other.getKey()));
				}
			}
		}
	}

	private static Map<String, EObject> byId(EObject root) {
		Map<String, EObject> elements = new HashMap<>();
		if (root != null) {
			root.eAllContents().forEachRemaining(element -> {
				String id = EcoreUtil.getID(element);
				if (id != null) {
					elements.putIfAbsent(id, element);
				}
			});
		}
		return elements;
	}

	// --- one matched element: its attributes, references and children ---

	private void element(EObject base, EObject ours, EObject theirs) {
		for (EStructuralFeature feature : ours.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !feature.isChangeable()
					|| feature instanceof EAttribute attribute && attribute.isID()) {
				continue;
			}
			if (feature instanceof EAttribute attribute) {
				attribute(base, ours, theirs, attribute);
			} else if (feature instanceof EReference reference && reference.isContainment()) {
				children(base, ours, theirs, reference);
			} else if (feature instanceof EReference reference && !reference.isContainer()) {
				reference(base, ours, theirs, reference);
			}
		}
	}

	private void attribute(EObject base, EObject ours, EObject theirs, EAttribute attribute) {
		if (attribute.isMany()) {
			List<Object> merged = mergeLists(values(base, attribute), values(ours, attribute), values(theirs, attribute));
			if (!merged.equals(values(ours, attribute))) {
				@SuppressWarnings("unchecked")
				EList<Object> list = (EList<Object>) ours.eGet(attribute);
				list.clear();
				list.addAll(merged);
			}
			return;
		}
		Object o = base == null ? Unset.VALUE : value(base, attribute);
		Object a = value(ours, attribute);
		Object b = value(theirs, attribute);
		if (Objects.equals(a, b) || Objects.equals(o, b)) {
			return; // the same on both sides, or theirs did not change it
		}
		if (Objects.equals(o, a)) {
			if (b == Unset.VALUE) {
				ours.eUnset(attribute);
			} else {
				ours.eSet(attribute, b);
			}
			return;
		}
		conflicts.add(new MergeResult.Conflict(MergeResult.Conflict.Kind.BOTH_CHANGED, ModelPaths.pathOf(ours), attribute.getName(),
				text(o), text(a), text(b)));
	}

	private void reference(EObject base, EObject ours, EObject theirs, EReference reference) {
		List<String> o = base == null ? null : ids(base, reference);
		List<String> a = ids(ours, reference);
		List<String> b = ids(theirs, reference);
		List<String> merged;
		if (reference.isMany()) {
			merged = mergeLists(o == null ? List.of() : o, a, b);
		} else if (a.equals(b) || b.equals(o)) {
			merged = a;
		} else if (a.equals(o)) {
			merged = b;
		} else {
			conflicts.add(new MergeResult.Conflict(MergeResult.Conflict.Kind.BOTH_CHANGED, ModelPaths.pathOf(ours),
					reference.getName(), o == null ? "" : String.join(", ", o), String.join(", ", a), String.join(", ", b)));
			merged = a;
		}
		mergedReferences.computeIfAbsent(ours, k -> new HashMap<>()).put(reference, merged);
	}

	/** Three-way merge of a list as a set: ours' order, theirs' removals taken out, theirs' additions appended. */
	private static <T> List<T> mergeLists(List<T> base, List<T> ours, List<T> theirs) {
		List<T> merged = new ArrayList<>(ours);
		for (T removed : base) {
			if (!theirs.contains(removed)) {
				merged.remove(removed);
			}
		}
		for (T added : theirs) {
			if (!base.contains(added) && !merged.contains(added)) {
				merged.add(added);
			}
		}
		return merged;
	}

	// --- contained elements ---

	private void children(EObject base, EObject ours, EObject theirs, EReference containment) {
		Map<String, EObject> o = keyed(base, containment);
		Map<String, EObject> a = keyed(ours, containment);
		Map<String, EObject> b = keyed(theirs, containment);
		for (Map.Entry<String, EObject> entry : a.entrySet()) {
			String key = entry.getKey();
			EObject mine = entry.getValue();
			EObject original = o.get(key);
			EObject other = b.get(key);
			if (other != null) {
				if (original == null && renames.containsKey(EcoreUtil.getID(other))) {
					added(ours, containment, o, b, theirs, key); // the same new id for two different elements
				} else {
					element(original, mine, other);
				}
			} else if (original != null) {
				if (content(original).equals(content(mine))) {
					EcoreUtil.remove(mine); // theirs removed it, ours did not change it
				} else {
					conflicts.add(new MergeResult.Conflict(MergeResult.Conflict.Kind.REMOVED_BY_THEIRS, ModelPaths.pathOf(mine), null,
							null, null, null));
				}
			}
		}
		for (Map.Entry<String, EObject> entry : b.entrySet()) {
			String key = entry.getKey();
			if (a.containsKey(key)) {
				continue;
			}
			EObject original = o.get(key);
			if (original == null) {
				added(ours, containment, o, b, theirs, key);
			} else if (!content(original).equals(content(entry.getValue()))) {
				conflicts.add(new MergeResult.Conflict(MergeResult.Conflict.Kind.REMOVED_BY_OURS, ModelPaths.pathOf(original), null,
						null, null, null));
			}
		}
		rowsChangedOnBothSides(ours, containment, o, a, b);
	}

	/**
	 * Rows without an id are matched by content, so a row changed on both sides is the old row removed on both and a
	 * new row added on each: both are kept, and the place is reported as a conflict.
	 */
	private void rowsChangedOnBothSides(EObject ours, EReference containment, Map<String, EObject> o,
			Map<String, EObject> a, Map<String, EObject> b) {
		boolean removedOnBoth = o.keySet().stream().anyMatch(key -> key.startsWith("row:") && !a.containsKey(key) && !b.containsKey(key));
		boolean addedByOurs = a.keySet().stream().anyMatch(key -> key.startsWith("row:") && !o.containsKey(key) && !b.containsKey(key));
		boolean addedByTheirs = b.keySet().stream().anyMatch(key -> key.startsWith("row:") && !o.containsKey(key) && !a.containsKey(key));
		if (removedOnBoth && addedByOurs && addedByTheirs) {
			conflicts.add(new MergeResult.Conflict(MergeResult.Conflict.Kind.ROWS_CHANGED_ON_BOTH, ModelPaths.pathOf(ours),
					containment.getName(), null, null, null));
		}
	}

	/** Copies an element that theirs added into the result, after the element it follows in theirs. */
	@SuppressWarnings("unchecked")
	private void added(EObject ours, EReference containment, Map<String, EObject> baseChildren,
			Map<String, EObject> theirsChildren, EObject theirs, String key) {
		EObject added = theirsChildren.get(key);
		EObject copy = EcoreUtil.copy(added); // references out of the copy still lead into theirs: resolved at the end
		// the copy's references to elements outside it are by id, as in theirs (a copy keeps none of a two-way reference)
		var originals = added.eAllContents();
		var copies = copy.eAllContents();
		referencesOf(added, copy);
		while (originals.hasNext() && copies.hasNext()) {
			referencesOf(originals.next(), copies.next());
		}
		String newId = renames.get(EcoreUtil.getID(added));
		if (newId != null) {
			EcoreUtil.setID(copy, newId);
		}
		if (!containment.isMany()) {
			ours.eSet(containment, copy);
			return;
		}
		EList<EObject> result = (EList<EObject>) ours.eGet(containment);
		List<EObject> theirsList = (List<EObject>) theirs.eGet(containment);
		int position = 0;
		for (int i = theirsList.indexOf(added) - 1; i >= 0; i--) {
			int at = indexOfKey(result, keyOf(theirsList.get(i), theirsList));
			if (at >= 0) {
				position = at + 1;
				break;
			}
		}
		// after ours' own additions at the same place, so the order does not depend on timing
		while (position < result.size() && !baseChildren.containsKey(keyOf(result.get(position), result))) {
			position++;
		}
		result.add(position, copy);
	}

	private void referencesOf(EObject theirsElement, EObject copy) {
		for (EReference reference : theirsElement.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived() && !reference.isTransient()
					&& reference.isChangeable()) {
				mergedReferences.computeIfAbsent(copy, k -> new HashMap<>()).put(reference, ids(theirsElement, reference));
			}
		}
	}

	private static int indexOfKey(List<EObject> list, String key) {
		for (int i = 0; i < list.size(); i++) {
			if (keyOf(list.get(i), list).equals(key)) {
				return i;
			}
		}
		return -1;
	}

	/** The next free id for an element added under an id the other side added too: R5 becomes R6 (or the next free). */
	private String freshId(String id) {
		Matcher numbered = NUMBERED.matcher(id);
		String prefix = numbered.matches() ? numbered.group(1) : id + "-";
		int number = numbered.matches() ? Integer.parseInt(numbered.group(2)) + 1 : 2;
		while (usedIds.contains(prefix + number)) {
			number++;
		}
		String fresh = prefix + number;
		usedIds.add(fresh);
		return fresh;
	}

	// --- references, once the structure is merged ---

	/**
	 * Points every reference in the result at the result's elements: merged references by their ids, references
	 * copied from theirs by their (possibly renamed) ids. A target the merge removed is dropped and reported.
	 */
	private void resolveReferences(EObject result) {
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
				Map<EReference, List<String>> merged = mergedReferences.get(element);
				List<String> ids = merged != null && merged.containsKey(reference) ? merged.get(reference) : ids(element, reference);
				List<EObject> targets = new ArrayList<>();
				for (String id : ids) {
					EObject target = index.get(id);
					if (target == null) {
						conflicts.add(new MergeResult.Conflict(MergeResult.Conflict.Kind.DANGLING_REFERENCE, ModelPaths.pathOf(element),
								reference.getName(), null, id, null));
					} else {
						targets.add(target);
					}
				}
				set(element, reference, targets);
			}
		}
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
	private List<String> ids(EObject element, EReference reference) {
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

	// --- the approval ---

	/**
	 * An approval on one side and other changes on the other merge like any change (the approved hash then no longer
	 * matches, and {@code check} reports it); the note says so, so the merge does not look like an approved state.
	 */
	private void noteApproval(Assessment ancestor, Assessment ours, Assessment theirs) {
		String before = approvedHash(ancestor);
		String mine = approvedHash(ours);
		String other = approvedHash(theirs);
		if (!Objects.equals(mine, other) && (Objects.equals(before, mine) || Objects.equals(before, other))) {
			boolean oursApproved = !Objects.equals(before, mine);
			Assessment unapprovedSide = oursApproved ? theirs : ours;
			if (ancestor == null || !ModelDiff.between(ancestor, unapprovedSide).isEmpty()) {
				notes.add(new MergeResult.Note(oursApproved ? MergeResult.Note.Kind.APPROVED_BY_OURS
						: MergeResult.Note.Kind.APPROVED_BY_THEIRS));
			}
		}
	}

	private static String approvedHash(Assessment assessment) {
		return assessment == null || assessment.getReview() == null ? null : assessment.getReview().getApprovedHash();
	}

	// --- keys and content ---

	/** The children of a containment by key, in order. */
	@SuppressWarnings("unchecked")
	private static Map<String, EObject> keyed(EObject parent, EReference containment) {
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

	/** How an element is matched among its siblings (see the class comment). */
	private static String keyOf(EObject element, List<EObject> siblings) {
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
	private static String content(EObject element) {
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

	private static Object value(EObject element, EAttribute attribute) {
		return element.eIsSet(attribute) ? element.eGet(attribute) : Unset.VALUE;
	}

	private static List<Object> values(EObject element, EAttribute attribute) {
		return element == null ? List.of() : new ArrayList<>((Collection<?>) element.eGet(attribute));
	}

	private static String text(Object value) {
		return value == null || value == Unset.VALUE ? "" : String.valueOf(value);
	}

	/** A value not set in the model (distinct from any value, null included). */
	private enum Unset {
		VALUE
	}
}
