package se.dpia.benchmarks.jmh;

import java.util.ArrayList;
import java.util.List;

/** The benchmark's one table: measure, figure, target, met?, as Markdown. */
final class ResultTable {

	private record Row(String measure, String figure, String target, String met) {
	}

	private final List<Row> rows = new ArrayList<>();

	/** A row checked against a target: {@code met} null means the target doesn't apply (a smoke run, a skip). */
	void add(String measure, String figure, String target, Boolean met) {
		rows.add(new Row(measure, figure, target, met == null ? "–" : met ? "yes" : "**no**"));
		System.out.println("benchmark: " + measure + ": " + figure + (target.isEmpty() ? "" : " (target " + target + ")"));
	}

	String markdown() {
		StringBuilder text = new StringBuilder("| measure | figure | target | met? |\n|---|---|---|---|\n");
		for (Row row : rows) {
			text.append("| ").append(row.measure()).append(" | ").append(row.figure()).append(" | ")
					.append(row.target()).append(" | ").append(row.met()).append(" |\n");
		}
		return text.toString();
	}

	static String seconds(long millis) {
		return String.format(java.util.Locale.ROOT, "%.2f s", millis / 1000.0);
	}

	static String ratio(double ratio) {
		return String.format(java.util.Locale.ROOT, "%.2f×", ratio);
	}
}
