package se.dpia.assessment.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines removed and added between two texts, by their longest common subsequence (rule files are short, so
 * the quadratic table is small). Each result line starts with {@code -} or {@code +}.
 */
final class LineDiff {

	private LineDiff() {
	}

	static List<String> between(List<String> before, List<String> after) {
		int n = before.size();
		int m = after.size();
		int[][] common = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<String> lines = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && before.get(i).equals(after.get(j))) {
				i++;
				j++;
			} else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
				lines.add("- " + before.get(i++)); // removals first, as diff tools show them
			} else {
				lines.add("+ " + after.get(j++));
			}
		}
		return lines;
	}
}
