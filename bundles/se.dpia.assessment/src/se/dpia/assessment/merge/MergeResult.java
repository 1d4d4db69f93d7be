package se.dpia.assessment.merge;

import java.util.List;
import java.util.Map;

/**
 * What a {@linkplain ModelMerge three-way merge} came to: the conflicts (the result keeps ours where there is one),
 * notes that are no conflict, and the new elements renamed because the other side added another under the same id:
 * theirs' ({@code renames}), or ours' when theirs holds the DPO's approval ({@code oursRenames}).
 */
public record MergeResult(List<Conflict> conflicts, List<Note> notes, Map<String, String> renames,
		Map<String, String> oursRenames) {

	public MergeResult {
		conflicts = List.copyOf(conflicts);
		notes = List.copyOf(notes);
		renames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(renames));
		oursRenames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(oursRenames));
	}

	public boolean hasConflicts() {
		return !conflicts.isEmpty();
	}

	/**
	 * One place where the two sides disagree. {@code element} is the model path ({@code /risks[R1]}); {@code feature}
	 * the attribute or reference (null for a whole element); the values as text ({@code ""} for not set), null where
	 * the kind has none; for a dangling reference {@code ours} is the id of the missing target.
	 */
	public record Conflict(Kind kind, String element, String feature, String ancestor, String ours, String theirs) {

		public enum Kind {
			/** The same attribute or single reference changed differently on both sides. */
			BOTH_CHANGED,
			/** Theirs removed an element that ours changed: kept. */
			REMOVED_BY_THEIRS,
			/** Ours removed an element that theirs changed: left removed. */
			REMOVED_BY_OURS,
			/** A row without an id changed on both sides: both versions kept. */
			ROWS_CHANGED_ON_BOTH,
			/** A reference to an element no longer in the result: dropped. */
			DANGLING_REFERENCE
		}
	}

	/** Something the merge did that is no conflict but should be said. */
	public record Note(Kind kind) {

		public enum Kind {
			/** Ours recorded the DPO's approval and theirs changed the model: the approval does not cover theirs. */
			APPROVED_BY_OURS,
			/** Theirs recorded the approval and ours changed the model. */
			APPROVED_BY_THEIRS
		}
	}
}
