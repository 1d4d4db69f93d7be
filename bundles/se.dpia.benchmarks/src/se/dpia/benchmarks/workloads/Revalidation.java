package se.dpia.benchmarks.workloads;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import se.dpia.assessment.AssessmentFolder;

/**
 * What the rule editor does after each keystroke (its reconciler: {@code EditedRuleFile} and
 * {@code RulesProblemReporter} in se.dpia.rules.ui): reparse the whole edited text in the resource loaded with its
 * assessment folder, then run every check on it. Each call edits one line, alternating between two texts, so every
 * call sees a real change.
 */
public final class Revalidation {

	private final XtextResource resource;
	private final String[] texts = new String[2];
	private int next;

	/**
	 * @param folder the loaded assessment folder holding {@code ruleFile}
	 * @param line the 1-based line to edit: a routine's {@code tillsyn ... var N:e timme} line is a good one
	 */
	public Revalidation(AssessmentFolder folder, Path ruleFile, String original, int line) {
		Resource found = folder.resourceSet().getResource(URI.createFileURI(ruleFile.toAbsolutePath().toString()), true);
		if (!(found instanceof XtextResource xtext)) {
			throw new IllegalArgumentException(ruleFile + " did not load as a rule file; is it a *.regler file in " + folder.root() + "?");
		}
		this.resource = xtext;
		texts[0] = original;
		texts[1] = editLine(original, line);
	}

	/** Reparses the file with its next edit and validates it; returns the issues the editor would show. */
	public List<Issue> revalidate() throws IOException {
		next = 1 - next;
		resource.reparse(texts[next]);
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/** The text the parser last read. */
	public String parsedText() {
		return resource.getParseResult().getRootNode().getText();
	}

	/** The text with a comment appended to one line, as a user typing at its end would. */
	static String editLine(String text, int line) {
		int start = 0;
		for (int i = 1; i < line; i++) {
			start = text.indexOf('\n', start) + 1;
			if (start == 0) {
				throw new IllegalArgumentException("the text has fewer than " + line + " lines");
			}
		}
		int end = text.indexOf('\n', start);
		end = end < 0 ? text.length() : end;
		return text.substring(0, end) + " // ändrad" + text.substring(end);
	}
}
