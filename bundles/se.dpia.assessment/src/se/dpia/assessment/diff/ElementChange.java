package se.dpia.assessment.diff;

import java.util.List;

/**
 * One model element added, removed or changed: its class (e.g. {@code Risk}), its id (or, for an element without
 * one, its place under the nearest element with an id, e.g. {@code review}), its name and, when changed, the
 * changed features.
 */
public record ElementChange(Kind kind, String type, String id, String name, List<FeatureChange> changes) {

	/** What happened to the element. */
	public enum Kind {
		ADDED, REMOVED, CHANGED
	}

	public ElementChange {
		changes = List.copyOf(changes);
	}
}
