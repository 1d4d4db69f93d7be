package se.dpia.assessment.cnil;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reading CNIL's JSON leniently: the tool's exports write numbers and booleans as strings too, and "None" for none. */
final class LenientJson {

	private LenientJson() {
	}

	/** A number, also when written as a string; 0 when absent or not a number. */
	static int number(JsonObject object, String name) {
		String value = string(object, name);
		try {
			return value == null ? 0 : (int) Double.parseDouble(value);
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** A value as text; null when absent, blank, or written as None or null. */
	static String string(JsonObject object, String name) {
		JsonElement value = object.get(name);
		if (value == null || !value.isJsonPrimitive()) {
			return null;
		}
		String text = value.getAsString();
		return text.isBlank() || text.equals("None") || text.equals("null") ? null : text;
	}

	/** An array; empty when absent or not an array. */
	static JsonArray array(JsonObject object, String name) {
		JsonElement value = object.get(name);
		return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
	}
}
