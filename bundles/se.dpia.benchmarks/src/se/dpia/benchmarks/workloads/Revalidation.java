package se.dpia.benchmarks.workloads;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.rules.load.Revalidator;

/**
 * What the rule editor does after each change (its reconciler: {@code EditedRuleFile} and
 * {@code RulesProblemReporter} in se.dpia.rules.ui), through the same class, {@link Revalidator}: bring the
 * resource loaded with its assessment folder to the new text (reparsing only around the edit), then check it and
 * the other rule files the edit can affect. Each call makes one edit, alternating between two texts, so every call
 * sees a real change.
 */
public final class Revalidation {

	private final Revalidator revalidator;
	private final String[] texts = new String[2];
	private int next;
	private Revalidator.Revalidation last;

	/**
	 * @param folder the loaded assessment folder holding {@code ruleFile}
	 * @param line the 1-based line to edit: a routine's {@code tillsyn ... var N:e timme} line is a good one
	 */
	public Revalidation(AssessmentFolder folder, Path ruleFile, String original, int line) {
		this(folder, ruleFile, original, editLine(original, line));
	}

	/** Alternates between the file's {@code original} text and {@code edited}. */
	public Revalidation(AssessmentFolder folder, Path ruleFile, String original, String edited) {
		Resource found = folder.resourceSet().getResource(URI.createFileURI(ruleFile.toAbsolutePath().toString()), true);
		if (!(found instanceof XtextResource xtext)) {
			throw new IllegalArgumentException(ruleFile + " did not load as a rule file; is it a *.regler file in " + folder.root() + "?");
		}
		this.revalidator = new Revalidator(xtext);
		texts[0] = original;
		texts[1] = edited;
	}

	/** Makes the next edit and checks what it can affect; returns the edited file's issues, as the editor shows. */
	public List<Issue> revalidate() {
		next = 1 - next;
		revalidator.update(texts[next]);
		last = revalidator.revalidate(CancelIndicator.NullImpl);
		return last.issues();
	}

	/** The issues of the other files the last edit affected, which were checked again. */
	public Map<URI, List<Issue>> affected() {
		return last == null ? Map.of() : last.affected();
	}

	/** The text the parser last read. */
	public String parsedText() {
		return revalidator.text();
	}

	/** The text with a comment appended to one line, as a user typing at its end would. */
	static String editLine(String text, int line) {
		int end = lineEnd(text, line);
		return text.substring(0, end) + " // ändrad" + text.substring(end);
	}

	/** The text with {@code from} replaced by {@code to} on one line (the first time it occurs there). */
	public static String replaceOnLine(String text, int line, String from, String to) {
		int end = lineEnd(text, line);
		int start = text.lastIndexOf('\n', end - 1) + 1;
		int at = text.indexOf(from, start);
		if (at < 0 || at + from.length() > end) {
			throw new IllegalArgumentException("line " + line + " does not hold '" + from + "': " + text.substring(start, end));
		}
		return text.substring(0, at) + to + text.substring(at + from.length());
	}

	private static int lineEnd(String text, int line) {
		int start = 0;
		for (int i = 1; i < line; i++) {
			start = text.indexOf('\n', start) + 1;
			if (start == 0) {
				throw new IllegalArgumentException("the text has fewer than " + line + " lines");
			}
		}
		int end = text.indexOf('\n', start);
		return end < 0 ? text.length() : end;
	}
}
