package se.dpia.documents;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * File names made from model ids (e.g. a processor's id in its PUB annexes). An id is user data: it must never
 * name a file outside the output folder ({@code ../}, an absolute path, a drive) nor a name Windows reserves
 * ({@code CON}, {@code NUL}, {@code COM1}, ...).
 */
public final class FileNames {

	private static final int MAX_LENGTH = 80;
	private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3",
			"COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
			"LPT7", "LPT8", "LPT9", "CONIN$", "CONOUT$");

	private FileNames() {
	}

	/**
	 * A safe file-name part for an id: letters (å, ä, ö kept), digits, '-' and '_' only, everything else '_'; no
	 * leading dot; not a reserved name; never empty.
	 */
	public static String part(String id) {
		String raw = id == null ? "" : id.strip();
		StringBuilder safe = new StringBuilder();
		raw.codePoints().forEach(c -> safe.append(Character.isLetterOrDigit(c) || c == '-' || c == '_'
				? Character.toString(c) : "_"));
		String result = safe.length() > MAX_LENGTH ? safe.substring(0, MAX_LENGTH) : safe.toString();
		if (result.replace("_", "").isEmpty()) {
			return "namnlos" + (result.isEmpty() ? "" : "_" + Integer.toHexString(raw.hashCode()));
		}
		String base = result.contains(".") ? result.substring(0, result.indexOf('.')) : result;
		if (RESERVED.contains(base.toUpperCase(Locale.ROOT))) {
			return "_" + result;
		}
		return result;
	}

	/** The file in the output folder, as the folder was given; refuses a name that would leave it. */
	public static Path inside(Path folder, String fileName) {
		Path root = folder.toAbsolutePath().normalize();
		Path file = root.resolve(fileName).normalize();
		if (!root.equals(file.getParent())) {
			throw new IllegalArgumentException("the file name '" + fileName + "' leaves the output folder " + root);
		}
		return folder.resolve(file.getFileName().toString());
	}
}
