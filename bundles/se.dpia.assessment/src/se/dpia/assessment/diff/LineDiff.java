package se.dpia.assessment.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * The lines removed and added between two texts, by JGit's histogram diff (falling back to Myers' algorithm on
 * heavily repeated lines): time and memory grow with the texts' length, not with its square, so a rule file of
 * tens of thousands of lines compares in a few megabytes. Each result line starts with {@code -} or {@code +}.
 */
final class LineDiff {

	private static final DiffAlgorithm ALGORITHM = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);

	private LineDiff() {
	}

	static List<String> between(List<String> before, List<String> after) {
		EditList edits = ALGORITHM.diff(RawTextComparator.DEFAULT, text(before), text(after));
		List<String> lines = new ArrayList<>();
		for (Edit edit : edits) {
			for (int i = edit.getBeginA(); i < edit.getEndA(); i++) {
				lines.add("- " + before.get(i)); // removals first, as diff tools show them
			}
			for (int j = edit.getBeginB(); j < edit.getEndB(); j++) {
				lines.add("+ " + after.get(j));
			}
		}
		return lines;
	}

	private static RawText text(List<String> lines) {
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			text.append(line).append('\n');
		}
		return new RawText(text.toString().getBytes(StandardCharsets.UTF_8));
	}
}
