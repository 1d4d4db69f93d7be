package se.dpia.assessment.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import se.dpia.assessment.approval.ContentHash;
import se.dpia.assessment.approval.FolderContent;
import se.dpia.model.Assessment;
import se.dpia.model.io.FolderLayout;

/**
 * What changed in an assessment folder between two versions of its {@linkplain FolderContent content}: the model's
 * elements (by {@link ModelDiff}) and the rule files, line by line.
 */
public record FolderDiff(List<ElementChange> elements, List<FileChange> files) {

	public FolderDiff {
		elements = List.copyOf(elements);
		files = List.copyOf(files);
	}

	public boolean isEmpty() {
		return elements.isEmpty() && files.isEmpty();
	}

	/** Compares the two versions; model files that load are compared as models, others as text. */
	public static FolderDiff between(FolderContent before, FolderContent after) {
		List<ElementChange> elements = new ArrayList<>();
		List<FileChange> files = new ArrayList<>();
		Set<String> paths = new TreeSet<>(before.files().keySet());
		paths.addAll(after.files().keySet());
		for (String path : paths) {
			byte[] old = before.files().get(path);
			byte[] now = after.files().get(path);
			if (old != null && now != null && FolderLayout.isModel(path)) {
				Assessment oldModel = ContentHash.loadModel(path, old);
				Assessment newModel = ContentHash.loadModel(path, now);
				if (oldModel != null && newModel != null) {
					elements.addAll(ModelDiff.between(oldModel, newModel));
					continue;
				}
			}
			FileChange change = fileChange(path, old, now);
			if (change != null) {
				files.add(change);
			}
		}
		return new FolderDiff(elements, files);
	}

	private static FileChange fileChange(String path, byte[] before, byte[] after) {
		List<String> lines = LineDiff.between(lines(before), lines(after));
		if (lines.isEmpty() && before != null && after != null) {
			return null;
		}
		ElementChange.Kind kind = before == null ? ElementChange.Kind.ADDED
				: after == null ? ElementChange.Kind.REMOVED : ElementChange.Kind.CHANGED;
		int added = (int) lines.stream().filter(line -> line.startsWith("+")).count();
		return new FileChange(kind, path, added, lines.size() - added, lines);
	}

	private static List<String> lines(byte[] bytes) {
		return bytes == null ? List.of() : new String(bytes, StandardCharsets.UTF_8).lines().toList();
	}
}
