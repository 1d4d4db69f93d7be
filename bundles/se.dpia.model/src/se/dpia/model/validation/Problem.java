package se.dpia.model.validation;

import java.nio.file.Path;

/**
 * One problem found in an assessment folder. Rule-file problems have a line and column; model problems have the
 * line and column where their element starts in the {@code .dpia} file and name the element's path in the model
 * (an element not loaded from a file has {@code line == 0}).
 *
 * @param file the file, as found under the assessment folder
 * @param line 1-based line, or 0 when the problem has no place in the text
 * @param column 1-based column, or 0
 * @param elementPath where in the model the problem is, for model problems; otherwise empty
 */
public record Problem(Path file, int line, int column, Severity severity, String message, String code,
		String elementPath) {

	/** How bad a problem is; an error makes {@code ./dpia check} exit 1. */
	public enum Severity {
		ERROR, WARNING;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** Whether the problem is in a rule file rather than a model file: what a rule-file reader cares about. */
	public boolean inRuleFile() {
		return se.dpia.model.io.FolderLayout.isRuleFile(file);
	}

	/**
	 * The command-line form: {@code path:line:column: error|warning: message [code]}; a model problem's message
	 * starts with its element's path ({@code path:12:3: error: /risks[R1]: ...}). A problem without a line shows
	 * {@code path: element path: ...}.
	 */
	public String format(Path shownFile) {
		if (line > 0) {
			return shownFile + ":" + line + ":" + Math.max(column, 1) + ": " + severity.label() + ": "
					+ (elementPath.isEmpty() ? "" : elementPath + ": ") + message + " [" + code + "]";
		}
		String where = shownFile + (elementPath.isEmpty() ? "" : ": " + elementPath);
		return where + ": " + severity.label() + ": " + message + " [" + code + "]";
	}
}
