package se.dpia.rules.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.validation.Problem;
import se.dpia.rules.RuleFolder;
import se.dpia.rules.RulesStandaloneSetup;

/** A rule file far larger than anyone writes is refused before it is parsed, with the limit in the message. */
class LargeRuleFileTest {

	@Test
	void aHundredThousandLineRuleFileIsRefusedWithTheLimitNamed(@TempDir Path root) throws Exception {
		new RuleFolder(root);
		Path huge = root.resolve("stor.regler");
		try (BufferedWriter out = Files.newBufferedWriter(huge)) {
			out.write("verksamhetsrutin Natt för hemtjänst med Kamera {\n\troll Larmoperatör får tillsyn\n");
			for (int i = 0; i < 100_000; i++) {
				out.write("\tsteg S" + i + ": Larmoperatör gör tillsyn \"tittar in\"\n");
			}
			out.write("}\n");
		}

		List<Problem> problems = RuleProblems.of(FolderResources.load(RulesStandaloneSetup.doSetup(), root));

		assertEquals(1, problems.size(), problems.toString());
		assertEquals("unreadable-file", problems.get(0).code());
		assertTrue(problems.get(0).message().contains("above the limit of 1.0 MB for a rule file; split it"),
				problems.get(0).message());
	}
}
