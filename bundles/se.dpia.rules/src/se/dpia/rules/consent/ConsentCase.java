package se.dpia.rules.consent;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * One person's situation, as a small properties file (UTF-8) that a case worker can write:
 * <pre>
 * teknik = Trygghetskamera
 * verksamhet = hemtjänst
 * beslutsförmåga = nedsatt          (full | nedsatt)
 * ställföreträdare = god_man        (ingen | god_man | förvaltare)
 * närstående_bor_med = nej          (ja | nej)
 * motsätter_sig = nej               (ja | nej: the person says no or objects)
 * skyddad_identitet = nej           (ja | nej)
 * </pre>
 * English keys are accepted too (technology, operation, decision_capacity, representative, cohabiting_relative,
 * objects, protected_identity).
 *
 * @param technology the model id of the technology
 * @param operation the model id of the operation (verksamhet)
 */
public record ConsentCase(String technology, String operation, boolean reducedCapacity, Representative representative,
		boolean cohabitingRelative, boolean objects, boolean protectedIdentity) {

	/** Who may speak for a person with reduced decision capacity. */
	public enum Representative {
		INGEN, GOD_MAN, FORVALTARE
	}

	private static final Map<String, String> ENGLISH = Map.of("technology", "teknik", "operation", "verksamhet",
			"decision_capacity", "beslutsförmåga", "representative", "ställföreträdare", "cohabiting_relative",
			"närstående_bor_med", "objects", "motsätter_sig", "protected_identity", "skyddad_identitet");
	private static final Set<String> KEYS = Set.copyOf(ENGLISH.values());
	private static final Map<String, String> IN_ENGLISH = Map.of("nej", "no", "ja", "yes", "full", "full", "nedsatt", "reduced");

	/** Reads a case file; an {@link InvalidCaseException} says which line to correct and how. */
	public static ConsentCase read(Path file) throws IOException, InvalidCaseException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Properties values = new Properties();
		for (String key : properties.stringPropertyNames()) {
			String name = ENGLISH.getOrDefault(key.strip().toLowerCase(Locale.ROOT), key.strip().toLowerCase(Locale.ROOT));
			if (!KEYS.contains(name)) {
				throw new InvalidCaseException(file, "unknown key '" + key + "'; the keys are " + new TreeSet<>(KEYS));
			}
			values.setProperty(name, properties.getProperty(key).strip());
		}
		return new ConsentCase(required(file, values, "teknik"), required(file, values, "verksamhet"),
				flag(file, values, "beslutsförmåga", "full", "nedsatt"),
				representative(file, values.getProperty("ställföreträdare", "ingen")),
				yesNo(file, values, "närstående_bor_med"), yesNo(file, values, "motsätter_sig"),
				yesNo(file, values, "skyddad_identitet"));
	}

	private static String required(Path file, Properties values, String key) throws InvalidCaseException {
		String value = values.getProperty(key, "");
		if (value.isEmpty()) {
			throw new InvalidCaseException(file, "'" + key + "' is missing: give the model id, e.g. "
					+ (key.equals("teknik") ? "teknik = Trygghetskamera" : "verksamhet = hemtjänst"));
		}
		return value;
	}

	private static boolean yesNo(Path file, Properties values, String key) throws InvalidCaseException {
		return flag(file, values, key, "nej", "ja");
	}

	/** False for {@code no} (the default), true for {@code yes}, each also in English; anything else is invalid. */
	private static boolean flag(Path file, Properties values, String key, String no, String yes)
			throws InvalidCaseException {
		String value = values.getProperty(key, no).toLowerCase(Locale.ROOT);
		if (value.equals(no) || value.equals(IN_ENGLISH.get(no))) {
			return false;
		}
		if (value.equals(yes) || value.equals(IN_ENGLISH.get(yes))) {
			return true;
		}
		throw new InvalidCaseException(file, "'" + key + " = " + value + "' is not understood: write " + no + " or " + yes);
	}

	private static Representative representative(Path file, String value) throws InvalidCaseException {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "ingen", "none" -> Representative.INGEN;
			case "god_man", "god man" -> Representative.GOD_MAN;
			case "förvaltare", "forvaltare" -> Representative.FORVALTARE;
			default -> throw new InvalidCaseException(file, "'ställföreträdare = " + value
					+ "' is not understood: write ingen, god_man or förvaltare");
		};
	}
}
