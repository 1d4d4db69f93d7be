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
		recover(assessmentFolder);
		return Files.isDirectory(folderOf(assessmentFolder));
	}

	/** The approved content; throws if there is no snapshot. */
	public static FolderContent read(Path assessmentFolder) throws IOException {
		recover(assessmentFolder);
		return FolderContent.of(folderOf(assessmentFolder));
	}

	/**
	 * Puts back the previous snapshot when a replacement was stopped (killed) between its two renames: the old
	 * snapshot was moved aside and the new one not yet into place. The model still records the previous approval then
	 * (it is saved after the snapshot), so the previous snapshot is the right one. Does nothing otherwise.
	 */
	static void recover(Path assessmentFolder) {
		Path target = folderOf(assessmentFolder);
		if (Files.exists(target)) {
			return;
		}
		try (Stream<Path> left = Files.list(assessmentFolder)) {
			Path aside = left.filter(p -> p.getFileName().toString().startsWith(FOLDER + ".")
					&& p.getFileName().toString().endsWith(".old") && Files.isDirectory(p)).findFirst().orElse(null);
			if (aside != null) {
				move(aside, target);
			}
		} catch (IOException e) {
			// nothing to put back, or no permission: the caller finds no snapshot and says so
		}
	}

	/**
	 * Replaces the snapshot with the given files as one step: they are written to a new hidden folder beside it,
	 * which is then renamed into place, so a reader finds the old snapshot or the complete new one, never a mix.
	 */
	static void write(Path assessmentFolder, Map<String, byte[]> files) throws IOException {
		recover(assessmentFolder);
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
