package se.dpia.assessment.cnil;

import java.util.Map;

/**
 * The CNIL tool's answers are HTML from its rich-text editor: made plain text here, list items as lines starting
 * with "- ", paragraphs and line breaks as new lines, the common entities decoded.
 */
final class Html {

	private static final Map<String, String> ENTITIES = Map.of("&nbsp;", " ", "&lt;", "<", "&gt;", ">", "&quot;", "\"",
			"&#39;", "'", "&apos;", "'");

	private Html() {
	}

	/** The text without markup; null for null or blank. */
	static String toText(String html) {
		if (html == null) {
			return null;
		}
		String text = html.replaceAll("(?i)<li[^>]*>", "\n- ")
				.replaceAll("(?i)<br\\s*/?>|</p>|</div>|<p[^>]*>|<div[^>]*>|</?[uo]l[^>]*>", "\n")
				.replaceAll("<[^>]*>", "");
		for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
			text = text.replace(entity.getKey(), entity.getValue());
		}
		text = text.replace("&amp;", "&").replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
		return text.isEmpty() ? null : text;
	}
}
