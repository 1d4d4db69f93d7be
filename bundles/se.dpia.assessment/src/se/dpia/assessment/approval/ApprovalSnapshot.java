package se.dpia.assessment.approval;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The approved model and rule files, kept in the hidden folder {@code .approved/} inside the assessment folder so
 * that {@code ./dpia diff --since approved} can compare with them and they travel (and are committed) with the
 * assessment. Hidden, so the rule language, the documents and the workbench do not read it as content; ASCII, so
 * git on every platform spells it the same.
 */
public final class ApprovalSnapshot {

	/** The snapshot's folder name inside the assessment folder. */
	public static final String FOLDER = ".approved";

	private ApprovalSnapshot() {
	}

	public static Path folderOf(Path assessmentFolder) {
		return assessmentFolder.resolve(FOLDER);
	}

	public static boolean exists(Path assessmentFolder) {
		return Files.isDirectory(folderOf(assessmentFolder));
	}

	/** The approved content; throws if there is no snapshot. */
	public static FolderContent read(Path assessmentFolder) throws IOException {
		return FolderContent.of(folderOf(assessmentFolder));
	}

	/**
	 * Replaces the snapshot with the given files as one step: they are written to a new hidden folder beside it,
	 * which is then renamed into place, so a reader finds the old snapshot or the complete new one, never a mix.
	 */
	static void write(Path assessmentFolder, Map<String, byte[]> files) throws IOException {
		Path target = folderOf(assessmentFolder);
		Path fresh = assessmentFolder.resolve(FOLDER + "." + UUID.randomUUID() + ".tmp");
		Path old = assessmentFolder.resolve(FOLDER + "." + UUID.randomUUID() + ".old");
		try {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				Path path = fresh.resolve(file.getKey());
				Files.createDirectories(path.getParent());
				Files.write(path, file.getValue());
			}
			if (Files.exists(target)) {
				move(target, old);
			}
			move(fresh, target);
		} finally {
			deleteTree(fresh);
			deleteTree(old);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
