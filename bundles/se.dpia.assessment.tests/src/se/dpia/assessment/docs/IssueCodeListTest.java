package se.dpia.assessment.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@code docs/issue-codes.md} explains exactly the codes the three lists of codes hold. */
class IssueCodeListTest {

	@Test
	void everyCodeIsDocumentedAndEveryDocumentedCodeExists() throws Exception {
		Set<String> constants = new TreeSet<>();
		for (Class<?> codes : new Class<?>[] { se.dpia.model.validation.IssueCodes.class, se.dpia.rules.IssueCodes.class,
				se.dpia.assessment.check.IssueCodes.class }) {
			for (Field field : codes.getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
					constants.add((String) field.get(null));
				}
			}
		}
		Set<String> documented = new TreeSet<>();
		Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|").matcher(
				Files.readString(ArchitectureTest.ROOT.resolve("docs/issue-codes.md")));
		while (row.find()) {
			documented.add(row.group(1));
		}
		assertEquals(constants, documented, "docs/issue-codes.md against the IssueCodes classes");
	}
}
