package se.dpia.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.rules.RuleFolder.codes;
import static se.dpia.rules.RuleFolder.single;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.validation.Problem;
import se.dpia.rules.IssueCodes;
import se.dpia.rules.RuleFolder;

/** Consent rules: the refusal alternative, both readings of reduced decision capacity and the person's objection. */
class ConsentRuleValidatorTest {

	@TempDir
	Path root;
	private RuleFolder folder;

	@BeforeEach
	void setUp() throws Exception {
		folder = new RuleFolder(root);
	}

	@Test
	void aCameraRuleWithoutARefusalAlternativeIsAnError() throws Exception {
		Problem problem = single(folder.check(RuleFolder.GOOD_CONSENT.replace("vid nej: erbjud \"Fysisk tillsyn\"", "")));
		assertEquals(IssueCodes.CONSENT_WITHOUT_REFUSAL_ALTERNATIVE, problem.code());
		assertTrue(problem.isError());
		assertEquals(1, problem.line());
	}

	@Test
	void aSensorRuleNeedsNoRefusalAlternative() throws Exception {
		assertEquals(List.of(), folder.check(RuleFolder.GOOD_CONSENT.replace("vid nej: erbjud \"Fysisk tillsyn\"", "")
				.replace("gäller Kamera", "gäller Sensor")));
	}

	@Test
	void aRuleThatDoesNotCoverReducedDecisionCapacityIsAWarning() throws Exception {
		Problem problem = single(folder.check("""
				samtyckesregel R gäller Kamera {
					samtycke från brukaren
					vid nej: erbjud "Fysisk tillsyn"
				}
				"""));
		assertEquals(IssueCodes.CONSENT_WITHOUT_REDUCED_CAPACITY, problem.code());
		assertFalse(problem.isError());
		assertEquals("1:16", problem.line() + ":" + problem.column());
	}

	@Test
	void notCoveringReducedCapacityWithTheLeastIntrusiveFirstChecksWithoutProblems() throws Exception {
		assertEquals(List.of(), folder.check("""
				samtyckesregel R gäller Kamera i hemtjänst {
					samtycke från brukaren: frivilligt, specifikt, otvetydigt, informerat
					vid nedsatt beslutsförmåga: används inte, överväg först Sensor, erbjud "Rörelsesensor och fysisk tillsyn"
					vid nej: erbjud "Fysisk tillsyn"
				}
				"""));
	}

	@Test
	void aRepresentativesConsentIsAWarningNamingBothReadings() throws Exception {
		Problem problem = single(folder.check(RuleFolder.REPRESENTATIVE_CONSENT));
		assertEquals(IssueCodes.REPRESENTATIVE_CONSENT_DISPUTED, problem.code());
		assertFalse(problem.isError());
		assertEquals(3, problem.line());
		assertTrue(problem.message().contains("SKR") && problem.message().contains("SoL 4 kap. 2 c §")
				&& problem.message().contains("does not object"), problem.message());
	}

	@Test
	void aRepresentativesConsentWithoutThePersonsNoObjectionIsAnError() throws Exception {
		List<Problem> problems = folder.check(RuleFolder.REPRESENTATIVE_CONSENT.replace(" och brukaren motsätter sig inte", ""));
		assertEquals(java.util.Set.of(IssueCodes.REPRESENTATIVE_CONSENT_DISPUTED, IssueCodes.REPRESENTATIVE_WITHOUT_NO_OBJECTION),
				java.util.Set.copyOf(codes(problems)));
		Problem error = problems.stream().filter(Problem::isError).findFirst().orElseThrow();
		assertEquals(IssueCodes.REPRESENTATIVE_WITHOUT_NO_OBJECTION, error.code());
		assertEquals(3, error.line());
	}
}
