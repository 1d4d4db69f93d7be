package se.dpia.assessment.diff;

import java.util.List;

/**
 * A rule file (or a model file that could not be compared as a model) added, removed or changed: the number of
 * lines added and removed, and the changed lines, each starting with {@code +} or {@code -}.
 */
public record FileChange(ElementChange.Kind kind, String path, int linesAdded, int linesRemoved, List<String> lines) {

	public FileChange {
		lines = List.copyOf(lines);
	}
}
