package se.dpia.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers only ever see the old file or the complete new one: the content goes to a
 * temporary file beside the target, which is then moved over it (atomically where the file system can).
 */
public final class AtomicWrite {

	/** Writes content to a stream; may throw. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicWrite() {
	}

	public static void write(Path target, Content content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		// A plain new file (not createTempFile) so the result gets the user's usual permissions.
		Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
				content.writeTo(out);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
