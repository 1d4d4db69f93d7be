package se.dpia.assessment.export;

import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import se.dpia.model.Assessment;

/**
 * The register as JSON, as {@code docs/export.schema.json} describes it: the assessment's id and name, then
 * {@code risks} and/or {@code actions}, each an array of objects keyed by the column names; unstated values are
 * null, lists of ids are arrays.
 */
public final class JsonExport {

	/** The schema's id, written as {@code $schema} so a reader knows the format. */
	public static final String SCHEMA = "https://dpia.se/schema/export-1.json";

	private JsonExport() {
	}

	public static String text(Assessment assessment, Register register, Register.What what) {
		JsonObject json = new JsonObject();
		json.addProperty("$schema", SCHEMA);
		JsonObject about = new JsonObject();
		about.addProperty("id", assessment.getId());
		about.add("name", assessment.getName() == null ? JsonNull.INSTANCE : new JsonPrimitive(assessment.getName()));
		json.add("assessment", about);
		for (Register.Table table : register.tables(what)) {
			JsonArray rows = new JsonArray();
			for (List<Object> row : table.rows()) {
				JsonObject object = new JsonObject();
				for (int i = 0; i < table.columns().size(); i++) {
					object.add(table.columns().get(i), value(row.get(i)));
				}
				rows.add(object);
			}
			json.add(table.name(), rows);
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json) + "\n";
	}

	private static JsonElement value(Object value) {
		if (value == null) {
			return JsonNull.INSTANCE;
		}
		if (value instanceof Integer number) {
			return new JsonPrimitive(number);
		}
		if (value instanceof List<?> list) {
			JsonArray array = new JsonArray();
			list.forEach(item -> array.add(String.valueOf(item)));
			return array;
		}
		return new JsonPrimitive(String.valueOf(value));
	}
}
