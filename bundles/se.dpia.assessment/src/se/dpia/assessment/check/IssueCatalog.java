package se.dpia.assessment.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every issue code with its severity and what it means, read from {@code docs/issue-codes.md}, which the build
 * copies into this package (the page {@code IssueCodeListTest} keeps in step with the three {@code IssueCodes}
 * classes). SARIF output describes its rules from it.
 */
public final class IssueCatalog {

	/**
	 * One code of the list.
	 *
	 * @param severity {@code error}, {@code warning} or {@code error or warning}, as the page says
	 * @param list the heading of the list it belongs to (the model, the rule language, the folder-level checks)
	 */
	public record Entry(String code, String severity, String description, String list) {
	}

	private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| ([^|]+) \\| ([^|]+) \\|");
	private static final Pattern HEADING = Pattern.compile("^## (.+?)(?: \\(`[^`]+`\\))?$");
	private static List<Entry> entries;

	private IssueCatalog() {
	}

	/** The codes in the order the page lists them. */
	public static synchronized List<Entry> entries() {
		if (entries == null) {
			try (InputStream in = IssueCatalog.class.getResourceAsStream("issue-codes.md")) {
				entries = in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return entries;
	}

	static List<Entry> parse(String page) {
		List<Entry> found = new ArrayList<>();
		String list = "";
		for (String line : page.lines().toList()) {
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				list = heading.group(1).trim();
			}
			Matcher row = ROW.matcher(line);
			if (row.find()) {
				found.add(new Entry(row.group(1), row.group(2).trim(), row.group(3).replace("`", "").trim(), list));
			}
		}
		return List.copyOf(found);
	}
}
