package se.dpia.assessment.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.dpia.model.validation.MessageBundle;

/**
 * A merge's result in words, in Swedish or English ({@code messages.properties} and {@code messages_sv.properties}
 * beside this class): one line per conflict, renamed id and note, and the text of the conflict file.
 */
public final class MergeReport {

	private static final MessageBundle TEXTS = new MessageBundle("se.dpia.assessment.merge.messages",
			MergeReport.class.getClassLoader());

	private MergeReport() {
	}

	/** One line per conflict, then per renamed id, then per note; each starts with the file's name. */
	public static List<String> lines(MergeResult result, String file, Locale locale) {
		List<String> lines = new ArrayList<>();
		for (MergeResult.Conflict conflict : result.conflicts()) {
			lines.add(file + ": " + format(locale, "conflict." + conflict.kind().name().toLowerCase(Locale.ROOT),
					conflict.element(), conflict.feature(), conflict.ancestor(), conflict.ours(), conflict.theirs(), file));
		}
		for (Map.Entry<String, String> rename : result.renames().entrySet()) {
			lines.add(file + ": " + format(locale, "renamed.theirs", rename.getKey(), rename.getValue()));
		}
		for (Map.Entry<String, String> rename : result.oursRenames().entrySet()) {
			lines.add(file + ": " + format(locale, "renamed.ours", rename.getKey(), rename.getValue()));
		}
		for (MergeResult.Note note : result.notes()) {
			lines.add(file + ": " + format(locale, "note." + note.kind().name().toLowerCase(Locale.ROOT)));
		}
		return lines;
	}

	/** The one-line summary: merged without conflicts, or how many and where they are listed. */
	public static String summary(MergeResult result, String file, String conflictFile, Locale locale) {
		return result.hasConflicts() ? format(locale, "summary.conflicts", file, result.conflicts().size(), conflictFile)
				: format(locale, "summary.merged", file);
	}

	/** The conflict file: what it is, what to do, then the report's lines. */
	static String conflictFile(MergeResult result, String file, Locale locale, List<String> report) {
		StringBuilder text = new StringBuilder(format(locale, "file.header", file, result.conflicts().size())).append('\n');
		for (String line : report) {
			text.append(line).append('\n');
		}
		return text.toString();
	}

	static String format(Locale locale, String key, Object... arguments) {
		return TEXTS.format(locale, key, arguments);
	}
}
