package se.dpia.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every issue code has a message in English and in Swedish, and the codes stay as published. */
class MessagesTest {

	@Test
	void theCodesAreThePublishedOnes() {
		assertEquals(List.of("risk-without-treatment", "accepted-risk-without-rationale", "risk-not-assessed",
				"residual-risk-not-assessed", "risk-level-outside-scale", "residual-risk-without-dpo-sign-off",
				"processor-without-agreement", "agreement-not-signed", "agreement-docking-clause-not-stated",
				"agreement-subprocessor-option-not-stated", "agreement-notice-period-not-stated",
				"agreement-end-of-processing-not-stated", "agreement-breach-contact-not-stated", "transfer-without-safeguard",
				"third-country-without-transfer", "eu-eea-not-stated", "data-without-retention", "live-only-flow-to-store",
				"flow-not-encrypted", "flow-access-logging-not-stated", "special-category-without-art9-condition",
				"processing-without-legal-basis",
				"processing-without-purpose", "minimisation-not-stated", "data-subject-information-not-stated",
				"rights-handling-not-stated", "more-intrusive-technology-without-rationale", "technology-not-ranked",
				"dpo-not-named", "data-subject-views-missing", "next-review-not-stated", "approved-without-dpo-opinion",
				"invalid-date",
				"missing-required-value", "broken-reference", "duplicate-id", "invalid-model"), codes());
	}

	@Test
	void everyCodeIsKebabCase() {
		codes().forEach(code -> assertTrue(code.matches("[a-z0-9]+(-[a-z0-9]+)*"), code));
	}

	@Test
	void everyMessageCodeHasAnEnglishAndASwedishMessageAndNoOtherKeysExist() {
		Set<String> withMessages = new TreeSet<>(codes());
		withMessages.remove(IssueCodes.INVALID_MODEL); // keeps EMF's own message
		for (Locale locale : List.of(Locale.ENGLISH, Locale.of("sv"))) {
			ResourceBundle bundle = ResourceBundle.getBundle("se.dpia.model.validation.messages", locale,
					Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			// besides the issue codes: why a file could not be read (se.dpia.model.io.LoadText), tested on its own
			Set<String> keys = new TreeSet<>(bundle.keySet());
			keys.removeIf(key -> key.startsWith("load."));
			assertEquals(withMessages, keys, locale.toString());
		}
		for (String code : withMessages) {
			String english = Messages.format(Locale.ENGLISH, code, "X1", "a", "b", "c", "d");
			String swedish = Messages.format(Locale.of("sv"), code, "X1", "a", "b", "c", "d");
			assertTrue(english.contains("X1") && swedish.contains("X1"), code);
			assertNotEquals(english, swedish, code);
		}
	}

	@Test
	void englishStaysEnglishWhateverTheMachinesLanguage() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.of("sv", "SE"));
			assertTrue(Messages.format(Locale.ENGLISH, IssueCodes.DPO_NOT_NAMED, "A").startsWith("Assessment A"));
		} finally {
			Locale.setDefault(before);
		}
	}

	private static List<String> codes() {
		return Arrays.stream(IssueCodes.class.getFields()).filter(field -> Modifier.isStatic(field.getModifiers()))
				.map(MessagesTest::value).toList();
	}

	private static String value(Field field) {
		try {
			return (String) field.get(null);
		} catch (IllegalAccessException e) {
			throw new AssertionError(e);
		}
	}
}
