package se.dpia.rules.consent;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import se.dpia.rules.RulesMessages;

/**
 * One person's situation, as a small properties file (UTF-8, a byte order mark allowed) that a case worker can write:
 * <pre>
 * teknik = Trygghetskamera
 * verksamhet = hemtjänst
 * beslutsförmåga = nedsatt          (full | nedsatt)
 * ställföreträdare = god_man        (ingen | god_man | förvaltare)
 * närstående_bor_med = nej          (ja | nej)
 * närstående_samtycker = nej        (ja | nej | ej_tillfrågad: the cohabiting relative's answer)
 * motsätter_sig = nej               (ja | nej: the person says no or objects)
 * skyddad_identitet = nej           (ja | nej)
 * </pre>
 * English keys are accepted too (technology, operation, decision_capacity, representative, cohabiting_relative,
 * relative_consents, objects, protected_identity). A key given twice is an error, as is a file that is not UTF-8.
 *
 * @param technology the model id of the technology
 * @param operation the model id of the operation (verksamhet)
 * @param relativeConsents what a relative who lives with the person answered
 */
public record ConsentCase(String technology, String operation, boolean reducedCapacity, Representative representative,
		boolean cohabitingRelative, RelativeConsent relativeConsents, boolean objects, boolean protectedIdentity) {

	/** Who may speak for a person with reduced decision capacity. */
	public enum Representative {
		INGEN, GOD_MAN, FORVALTARE
	}

	/** A cohabiting relative's answer: yes, no, or not yet asked. */
	public enum RelativeConsent {
		JA, NEJ, EJ_TILLFRAGAD
	}

	/** The keys in the order {@code consent --help} lists them, each with its values. */
	public static final Map<String, String> KEYS_AND_VALUES = keysAndValues();

	private static final Map<String, String> ENGLISH = Map.of("technology", "teknik", "operation", "verksamhet",
			"decision_capacity", "beslutsförmåga", "representative", "ställföreträdare", "cohabiting_relative",
			"närstående_bor_med", "relative_consents", "närstående_samtycker", "objects", "motsätter_sig",
			"protected_identity", "skyddad_identitet");
	private static final Map<String, String> IN_ENGLISH = Map.of("nej", "no", "ja", "yes", "full", "full", "nedsatt", "reduced");

	private static Map<String, String> keysAndValues() {
		Map<String, String> keys = new LinkedHashMap<>();
		keys.put("teknik", "<id>");
		keys.put("verksamhet", "<id>");
		keys.put("beslutsförmåga", "full | nedsatt");
		keys.put("ställföreträdare", "ingen | god_man | förvaltare");
		keys.put("närstående_bor_med", "ja | nej");
		keys.put("närstående_samtycker", "ja | nej | ej_tillfrågad");
		keys.put("motsätter_sig", "ja | nej");
		keys.put("skyddad_identitet", "ja | nej");
		return java.util.Collections.unmodifiableMap(keys);
	}

	/** Reads a case file with messages in the JVM's language. */
	public static ConsentCase read(Path file) throws IOException, InvalidCaseException {
		return read(file, Locale.getDefault());
	}

	/** Reads a case file; an {@link InvalidCaseException} says, in {@code locale}, which line to correct and how. */
	public static ConsentCase read(Path file, Locale locale) throws IOException, InvalidCaseException {
		String text = utf8(file, locale);
		Map<String, String> values = new HashMap<>();
		Map<String, Integer> lines = new HashMap<>();
		String[] physical = text.split("\r\n|\r|\n", -1);
		for (int index = 0; index < physical.length; index++) {
			int lineNumber = index + 1;
			StringBuilder logical = new StringBuilder(physical[index]);
			while (continues(logical) && index + 1 < physical.length) {
				logical.setLength(logical.length() - 1);
				logical.append(physical[++index].stripLeading());
			}
			String line = logical.toString().strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
				continue;
			}
			Properties one = new Properties();
			one.load(new StringReader(line));
			for (String key : one.stringPropertyNames()) {
				String lower = key.strip().toLowerCase(Locale.ROOT);
				String name = ENGLISH.getOrDefault(lower, lower);
				if (!KEYS_AND_VALUES.containsKey(name)) {
					throw invalid(file, lineNumber, locale, "case.unknownKey", key, String.join(", ", KEYS_AND_VALUES.keySet()));
				}
				if (lines.containsKey(name)) {
					throw invalid(file, lineNumber, locale, "case.duplicateKey", name, lines.get(name));
				}
				lines.put(name, lineNumber);
				values.put(name, one.getProperty(key).strip());
			}
		}
		Reader reader = new Reader(file, values, lines, locale);
		return new ConsentCase(reader.required("teknik", "Trygghetskamera"), reader.required("verksamhet", "hemtjänst"),
				reader.flag("beslutsförmåga", "full", "nedsatt"), reader.representative(),
				reader.flag("närstående_bor_med", "nej", "ja"), reader.relativeConsents(),
				reader.flag("motsätter_sig", "nej", "ja"), reader.flag("skyddad_identitet", "nej", "ja"));
	}

	/** The file's text, strictly decoded as UTF-8 without a leading byte order mark. */
	private static String utf8(Path file, Locale locale) throws IOException, InvalidCaseException {
		byte[] bytes = Files.readAllBytes(file);
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		} catch (CharacterCodingException e) {
			int line = 1;
			int at = firstMalformed(bytes);
			for (int i = 0; i < at; i++) {
				line += bytes[i] == '\n' ? 1 : 0;
			}
			throw invalid(file, line, locale, "case.notUtf8");
		}
	}

	/** The offset of the first byte that does not decode as UTF-8. */
	private static int firstMalformed(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
		var result = decoder.decode(in, out, true);
		return result.isError() ? in.position() : bytes.length;
	}

	/** A properties line continues on the next when it ends in an odd number of backslashes. */
	private static boolean continues(CharSequence line) {
		int backslashes = 0;
		for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 1;
	}

	private static InvalidCaseException invalid(Path file, int line, Locale locale, String key, Object... arguments) {
		return new InvalidCaseException(file, line, RulesMessages.format(locale, key, arguments));
	}

	/** The values of one file, each turned into its type with a message naming its line. */
	private record Reader(Path file, Map<String, String> values, Map<String, Integer> lines, Locale locale) {

		private int line(String key) {
			return lines.getOrDefault(key, 0);
		}

		String required(String key, String example) throws InvalidCaseException {
			String value = values.getOrDefault(key, "");
			if (value.isEmpty()) {
				throw invalid(file, line(key), locale, "case.missing", key, example);
			}
			return value;
		}

		/** False for {@code no} (the default), true for {@code yes}, each also in English; anything else is invalid. */
		boolean flag(String key, String no, String yes) throws InvalidCaseException {
			String value = values.getOrDefault(key, no).toLowerCase(Locale.ROOT);
			if (value.equals(no) || value.equals(IN_ENGLISH.get(no))) {
				return false;
			}
			if (value.equals(yes) || value.equals(IN_ENGLISH.get(yes))) {
				return true;
			}
			throw invalid(file, line(key), locale, "case.notUnderstood", key, value, no + ", " + yes);
		}

		Representative representative() throws InvalidCaseException {
			String value = values.getOrDefault("ställföreträdare", "ingen").toLowerCase(Locale.ROOT);
			return switch (value) {
				case "ingen", "none" -> Representative.INGEN;
				case "god_man", "god man" -> Representative.GOD_MAN;
				case "förvaltare", "forvaltare" -> Representative.FORVALTARE;
				default -> throw invalid(file, line("ställföreträdare"), locale, "case.notUnderstood", "ställföreträdare",
						value, "ingen, god_man, förvaltare");
			};
		}

		RelativeConsent relativeConsents() throws InvalidCaseException {
			String value = values.getOrDefault("närstående_samtycker", "ej_tillfrågad").toLowerCase(Locale.ROOT);
			return switch (value) {
				case "ja", "yes" -> RelativeConsent.JA;
				case "nej", "no" -> RelativeConsent.NEJ;
				case "ej_tillfrågad", "ej_tillfragad", "not_asked" -> RelativeConsent.EJ_TILLFRAGAD;
				default -> throw invalid(file, line("närstående_samtycker"), locale, "case.notUnderstood",
						"närstående_samtycker", value, "ja, nej, ej_tillfrågad");
			};
		}
	}

	/** The keys a case file may hold, in order. */
	public static List<String> keys() {
		return List.copyOf(KEYS_AND_VALUES.keySet());
	}
}
