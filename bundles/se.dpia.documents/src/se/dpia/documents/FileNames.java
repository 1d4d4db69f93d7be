package se.dpia.documents;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * File names made from model ids (e.g. a processor's id in its PUB annexes). An id is user data: it must never
 * name a file outside the output folder ({@code ../}, an absolute path, a drive) nor a name Windows reserves
 * ({@code CON}, {@code NUL}, {@code COM1}, ...). Names are ASCII ({@code Hemtjänst} gives {@code Hemtjanst}), so
 * they can be written whatever the system's file-name encoding ({@code LANG} unset gives ASCII on Linux), copied
 * to any file system and zipped; at most {@value #MAX_BYTES} bytes, far below any file system's 255, so even the
 * temporary {@code .NAME.UUID.tmp} beside a file fits.
 */
public final class FileNames {

	/** The longest name part, in bytes (= characters: names are ASCII). */
	public static final int MAX_BYTES = 80;
	/** Letters that Unicode decomposition does not fold to ASCII. */
	private static final Map<Integer, String> FOLDS = Map.ofEntries(Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"),
			Map.entry((int) 'Æ', "AE"), Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"), Map.entry((int) 'đ', "d"),
			Map.entry((int) 'Đ', "D"), Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"), Map.entry((int) 'þ', "th"),
			Map.entry((int) 'Þ', "TH"), Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "D"), Map.entry((int) 'œ', "oe"),
			Map.entry((int) 'Œ', "OE"), Map.entry((int) 'ı', "i"));
	private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3",
			"COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
			"LPT7", "LPT8", "LPT9", "CONIN$", "CONOUT$");

	private FileNames() {
	}

	/**
	 * A safe file-name part for an id: ASCII letters and digits (accented letters folded: å, ä → a, ö → o, é → e,
	 * ß → ss), '-' and '_' only, everything else '_'; no leading dot; not a reserved name; never empty; at most
	 * {@value #MAX_BYTES} bytes. Where letters could not be folded (Cyrillic, CJK, emoji) or the name was cut, a hash
	 * of the whole id follows, so different ids still give different names.
	 */
	public static String part(String id) {
		String raw = id == null ? "" : id.strip();
		String decomposed = Normalizer.normalize(raw, Normalizer.Form.NFKD);
		StringBuilder safe = new StringBuilder();
		boolean lost = false;
		for (int i = 0; i < decomposed.length();) {
			int c = decomposed.codePointAt(i);
			i += Character.charCount(c);
			int type = Character.getType(c);
			if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
					|| type == Character.ENCLOSING_MARK) {
				continue; // the accent of a decomposed letter
			}
			if (c < 128) {
				safe.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? (char) c : '_');
			} else if (FOLDS.containsKey(c)) {
				safe.append(FOLDS.get(c));
			} else {
				safe.append('_');
				lost = true;
			}
		}
		String result = safe.toString();
		String hash = String.format(Locale.ROOT, "%08x", raw.hashCode());
		if (result.replace("_", "").isEmpty()) {
			return "namnlos" + (result.isEmpty() ? "" : "_" + hash);
		}
		if (lost || result.length() > MAX_BYTES) {
			result = result.substring(0, Math.min(result.length(), MAX_BYTES - hash.length() - 1)) + "_" + hash;
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
