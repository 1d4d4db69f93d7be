package se.dpia.documents.pdf;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sets or removes xmp:CreateDate in the XMP packet the engine wrote, in element or attribute form. */
final class XmpDates {

	private static final Pattern ELEMENT = Pattern.compile("<xmp:CreateDate>[^<]*</xmp:CreateDate>");
	private static final Pattern ATTRIBUTE = Pattern.compile("xmp:CreateDate=\"[^\"]*\"");

	private XmpDates() {
	}

	static String iso(LocalDate date) {
		return date + "T00:00:00Z";
	}

	static String replace(String xmp, String iso) {
		String result = ELEMENT.matcher(xmp).replaceAll(Matcher.quoteReplacement("<xmp:CreateDate>" + iso + "</xmp:CreateDate>"));
		return ATTRIBUTE.matcher(result).replaceAll(Matcher.quoteReplacement("xmp:CreateDate=\"" + iso + "\""));
	}

	static String remove(String xmp) {
		return ATTRIBUTE.matcher(ELEMENT.matcher(xmp).replaceAll("")).replaceAll("");
	}
}
