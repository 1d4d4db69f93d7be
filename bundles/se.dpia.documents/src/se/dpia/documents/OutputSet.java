package se.dpia.documents;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a set of documents all or nothing: every file goes to a hidden temporary file beside its target first (as
 * soon as it is laid out, so the set's bytes need not all be in memory at once); only when all of them are written
 * are they moved into place, one rename each. A failure before the moves (a full disk,
 * a folder in the way) leaves the output folder as it was; the temporary files are removed, also when the process is
 * stopped (SIGTERM, Ctrl+C). Temporary files an earlier crash left behind ({@code .NAME.UUID.tmp}) are swept first.
 */
final class OutputSet {

	/** The temporary files of every set being written in this process, removed by the shutdown hook. */
	private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
	private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(OutputSet::removePending, "dpia-remove-temporary-files"));
	}

	private OutputSet() {
	}

	/**
	 * Checks the output folder before anything is laid out: it must be a folder, or a path where one can be made,
	 * that can be written.
	 */
	static void checkFolder(Path out) throws IOException {
		if (Files.exists(out) && !Files.isDirectory(out)) {
			throw new IOException(out + " is a file, not a folder; give a folder for the documents (--out FOLDER)");
		}
		Files.createDirectories(out);
		if (!Files.isWritable(out)) {
			throw new IOException("no permission to write in " + out + "; give a folder you may write in (--out FOLDER)");
		}
	}

	/** Writes the files (target to content) all or nothing, in the order given; returns the targets. */
	static List<Path> write(Map<Path, byte[]> files, GenerationProgress progress) throws IOException {
		try (Pending pending = new Pending()) {
			for (Map.Entry<Path, byte[]> file : files.entrySet()) {
				pending.add(file.getKey(), file.getValue());
			}
			return pending.commit(progress);
		}
	}

	/**
	 * A set being written: each file goes to its temporary file as soon as it is {@linkplain #add added}, so its
	 * bytes need not stay in memory; {@link #commit} moves them all into place; {@link #close} removes the temporary
	 * files that were not moved (a failure or a cancellation before the commit leaves the folder as it was).
	 */
	static final class Pending implements AutoCloseable {

		private final Map<Path, Path> temporary = new LinkedHashMap<>();

		/** Writes a file's content to a temporary file beside its target. */
		void add(Path target, byte[] content) throws IOException {
			sweep(target);
			if (Files.isDirectory(target)) {
				throw new IOException(target + " is a folder, in the way of the document of that name; move it away and"
						+ " generate again (no document was written)");
			}
			Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
			PENDING.add(temp);
			temporary.put(target, temp);
			Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}

		/** Moves every file into place, in the order added; returns the targets. */
		List<Path> commit(GenerationProgress progress) throws IOException {
			List<Path> written = new ArrayList<>();
			for (Map.Entry<Path, Path> move : temporary.entrySet()) {
				try {
					Files.move(move.getValue(), move.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(move.getValue(), move.getKey(), StandardCopyOption.REPLACE_EXISTING);
				}
				PENDING.remove(move.getValue());
				written.add(move.getKey());
				progress.written(move.getKey());
			}
			return written;
		}

		@Override
		public void close() throws IOException {
			for (Path temp : temporary.values()) {
				Files.deleteIfExists(temp);
				PENDING.remove(temp);
			}
		}
	}

	/** Removes the temporary files an earlier, crashed write of {@code target} left beside it. */
	private static void sweep(Path target) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		String prefix = "." + target.getFileName() + ".";
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith(prefix) && TEMPORARY.matcher(name).matches() && !PENDING.contains(file)) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private static void removePending() {
		if (PENDING.isEmpty()) {
			return;
		}
		for (Path temp : PENDING) {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException e) {
				// the process is ending: the next generate sweeps it
			}
		}
		System.err.println("dpia: stopped while writing the documents; the temporary files were removed"
				+ " (documents already moved into place are complete; generate again for a consistent set)");
	}
}
