package se.dpia.assessment.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import se.dpia.model.validation.MessageBundle;

/**
 * The register as CSV that Excel and LibreOffice open with å, ä and ö intact: UTF-8 with a byte order mark, lines
 * ending in CR LF, fields quoted where they hold the separator, a quote or a line break (RFC 4180), headers in the
 * chosen language. {@code ;} is the Swedish default separator (Excel in Swedish reads it; {@code ,} is the decimal
 * comma). With both tables, the action plan follows the risk register after an empty line. An unstated cell reads
 * "Ej angivet" / "Not stated"; lists of ids are joined with {@code ", "}.
 */
public final class CsvExport {

	/** The column headers and values' words; English stays English on a Swedish machine. */
	private static final MessageBundle TEXTS = new MessageBundle("se.dpia.assessment.export.messages",
			CsvExport.class.getClassLoader());

	/** The byte order mark that tells Excel the file is UTF-8. */
	public static final String BOM = "\uFEFF";

	private CsvExport() {
	}

	public static byte[] bytes(Register register, Register.What what, char separator, Locale locale) {
		return text(register, what, separator, locale).getBytes(StandardCharsets.UTF_8);
	}

	/** The file's text, starting with the byte order mark. */
	public static String text(Register register, Register.What what, char separator, Locale locale) {
		ResourceBundle texts = TEXTS.in(locale);
		StringBuilder csv = new StringBuilder(BOM);
		boolean first = true;
		for (Register.Table table : register.tables(what)) {
			if (!first) {
				csv.append("\r\n");
			}
			first = false;
			line(csv, table.columns().stream().map(column -> header(texts, table.name(), column)).toList(), separator);
			for (List<Object> row : table.rows()) {
				line(csv, row.stream().map(cell -> cell(cell, texts)).toList(), separator);
			}
		}
		return csv.toString();
	}

	private static String header(ResourceBundle texts, String table, String column) {
		try {
			return texts.getString(table + "." + column);
		} catch (MissingResourceException e) {
			return column;
		}
	}

	private static String cell(Object value, ResourceBundle texts) {
		if (value == null) {
			return texts.getString("notStated");
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? "" : String.join(", ", list.stream().map(String::valueOf).toList());
		}
		if (value instanceof String band && texts.containsKey("band." + band)) {
			return texts.getString("band." + band);
		}
		return String.valueOf(value);
	}

	private static void line(StringBuilder csv, List<String> fields, char separator) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(separator);
			}
			csv.append(quoted(fields.get(i), separator));
		}
		csv.append("\r\n");
	}

	static String quoted(String field, char separator) {
		if (field.indexOf(separator) < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}
}
