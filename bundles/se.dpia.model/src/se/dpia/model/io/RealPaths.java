package se.dpia.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Paths as the file system resolves them, so the assessment folder is a boundary that symbolic links can't cross:
 * comparing paths as written would let {@code delat/x.regler} inside the folder lead, through a link named
 * {@code delat}, to a file anywhere on the machine.
 */
public final class RealPaths {

	private RealPaths() {
	}

	/**
	 * The real path of {@code path}: every symbolic link resolved ({@link Path#toRealPath}). For a path that does not
	 * exist yet (a file about to be written), its nearest existing ancestor is resolved and the rest appended.
	 */
	public static Path of(Path path) {
		return of(path, 0);
	}

	private static Path of(Path path, int links) {
		Path absolute = path.toAbsolutePath().normalize();
		Path existing = absolute;
		while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return absolute;
		}
		try {
			return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
		} catch (IOException | SecurityException e) {
			// a dangling link (or a loop): where it points is where a write would go
			try {
				if (links < 40 && Files.isSymbolicLink(existing)) {
					Path target = existing.resolveSibling(Files.readSymbolicLink(existing));
					return of(target.resolve(existing.relativize(absolute)), links + 1);
				}
			} catch (IOException | SecurityException unreadable) {
				// fall through
			}
			return absolute;
		}
	}

	/** Whether {@code file}, once every link is resolved, lies in {@code folder} (itself resolved) or below. */
	public static boolean isInside(Path folder, Path file) {
		return of(file).startsWith(of(folder));
	}

	/** Whether {@code file} lies in {@code folder} as written but a symbolic link on the way leads out of it. */
	public static boolean leadsOut(Path folder, Path file) {
		Path written = file.toAbsolutePath().normalize();
		return written.startsWith(folder.toAbsolutePath().normalize()) && !isInside(folder, file);
	}
}
