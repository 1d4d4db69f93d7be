package se.dpia.documents.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.dpia.documents.Templates;

/**
 * The column widths the style sheet gives a table class, so a Word table shares out the page as the PDF's does:
 * the rules {@code table.CLASS th:nth-child(N) { width: P%; }} and {@code table.CLASS th { width: P%; }} (the first
 * column of a facts table) of {@code dokument.css}. Other CSS is not read; a table without widths gets equal columns.
 */
final class ColumnWidths {

	private static final Pattern NTH = Pattern.compile(
			"table\\.([\\w-]+)\\s+th:nth-child\\((\\d+)\\)\\s*\\{\\s*width:\\s*(\\d+(?:\\.\\d+)?)%;?\\s*}");
	private static final Pattern FIRST = Pattern.compile(
			"table\\.([\\w-]+)\\s+th\\s*\\{\\s*width:\\s*(\\d+(?:\\.\\d+)?)%;?\\s*}");

	/** Class to column (0-based) to percent. */
	private final Map<String, Map<Integer, Double>> widths;

	private ColumnWidths(Map<String, Map<Integer, Double>> widths) {
		this.widths = widths;
	}

	static ColumnWidths read(Templates templates) throws IOException {
		Map<String, Map<Integer, Double>> widths = new HashMap<>();
		if (templates.exists("dokument.css")) {
			String css;
			try (InputStream in = templates.open("dokument.css")) {
				css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
			}
			Matcher nth = NTH.matcher(css);
			while (nth.find()) {
				widths.computeIfAbsent(nth.group(1), c -> new HashMap<>()).put(Integer.parseInt(nth.group(2)) - 1,
						Double.parseDouble(nth.group(3)));
			}
			Matcher first = FIRST.matcher(css);
			while (first.find()) {
				widths.computeIfAbsent(first.group(1), c -> new HashMap<>()).put(0, Double.parseDouble(first.group(2)));
			}
		}
		return new ColumnWidths(widths);
	}

	/**
	 * The widths of a table's columns in twentieths of a point, adding up to {@code total}: those the style sheet
	 * gives the table's classes (the later class winning), the rest sharing what is left equally.
	 */
	int[] of(String classes, int columns, int total) {
		Double[] percent = new Double[columns];
		for (String name : classes.trim().split("\\s+")) {
			Map<Integer, Double> given = widths.get(name);
			if (given != null) {
				given.forEach((column, value) -> {
					if (column < columns) {
						percent[column] = value;
					}
				});
			}
		}
		double given = 0;
		int open = 0;
		for (Double value : percent) {
			if (value == null) {
				open++;
			} else {
				given += value;
			}
		}
		double rest = open == 0 ? 0 : Math.max(0, 100 - given) / open;
		double sum = 0;
		double[] shares = new double[columns];
		for (int i = 0; i < columns; i++) {
			shares[i] = percent[i] != null ? percent[i] : (rest > 0 ? rest : 100.0 / columns);
			sum += shares[i];
		}
		int[] result = new int[columns];
		int used = 0;
		for (int i = 0; i < columns; i++) {
			result[i] = i == columns - 1 ? total - used : (int) Math.round(total * shares[i] / sum);
			used += result[i];
		}
		return result;
	}
}
