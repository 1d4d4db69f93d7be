package se.dpia.assessment.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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

	private final List<MergeResult.Conflict> conflicts = new ArrayList<>();
	private final List<MergeResult.Note> notes = new ArrayList<>();
	/** Theirs' ids of elements added on both sides with different content, and the id each gets in the result. */
	private final Map<String, String> renames = new LinkedHashMap<>();
	/** The same for ours, when theirs holds the approval (see {@link #collisions}). */
	private final Map<String, String> oursRenames = new LinkedHashMap<>();
	/** The references' merged target ids, resolved to the result's elements once its structure is merged. */
	private final MergedReferences references;
	/** Every id used in any of the three versions, so a new id collides with none. */
	private final Set<String> usedIds = new HashSet<>();

	private ModelMerge(Resource theirsResource) {
		this.references = new MergedReferences(theirsResource, renames);
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
		merge.conflicts.addAll(merge.references.resolve(ours));
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
					&& !ElementKeys.content(same).equals(ElementKeys.content(other.getValue()))) {
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
		List<String> o = base == null ? null : references.ids(base, reference);
		List<String> a = references.ids(ours, reference);
		List<String> b = references.ids(theirs, reference);
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
		references.put(ours, reference, merged);
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
		Map<String, EObject> o = ElementKeys.keyed(base, containment);
		Map<String, EObject> a = ElementKeys.keyed(ours, containment);
		Map<String, EObject> b = ElementKeys.keyed(theirs, containment);
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
				if (ElementKeys.content(original).equals(ElementKeys.content(mine))) {
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
			} else if (!ElementKeys.content(original).equals(ElementKeys.content(entry.getValue()))) {
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
		references.recordCopy(added, copy);
		while (originals.hasNext() && copies.hasNext()) {
			references.recordCopy(originals.next(), copies.next());
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
			int at = ElementKeys.indexOfKey(result, ElementKeys.keyOf(theirsList.get(i), theirsList));
			if (at >= 0) {
				position = at + 1;
				break;
			}
		}
		// after ours' own additions at the same place, so the order does not depend on timing
		while (position < result.size() && !baseChildren.containsKey(ElementKeys.keyOf(result.get(position), result))) {
			position++;
		}
		result.add(position, copy);
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
