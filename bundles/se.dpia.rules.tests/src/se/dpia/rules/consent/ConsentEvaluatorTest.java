package se.dpia.rules.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.rules.RuleFolder;
import se.dpia.rules.RulesStandaloneSetup;
import se.dpia.rules.load.FolderResources;
import se.dpia.rules.consent.ConsentCase.RelativeConsent;
import se.dpia.rules.consent.ConsentCase.Representative;
import se.dpia.rules.consent.ConsentDecision.Outcome;
import se.dpia.rules.rules.ConsentRule;

/** What a consent rule answers for a case, under both readings of reduced decision capacity and with relatives. */
class ConsentEvaluatorTest {

	private static final String NOT_COVERED = """
			samtyckesregel R gäller Kamera i hemtjänst {
				samtycke från brukaren: frivilligt, informerat
				samtycke från närstående som bor stadigvarande med brukaren
				vid nedsatt beslutsförmåga: används inte, överväg först Sensor, erbjud "Rörelsesensor och fysisk tillsyn"
				vid nej: erbjud "Fysisk tillsyn"
			}
			""";

	@TempDir
	Path root;
	private RuleFolder folder;

	@BeforeEach
	void setUp() throws Exception {
		folder = new RuleFolder(root);
	}

	private ConsentDecision decide(String rules, ConsentCase aCase) throws Exception {
		folder.write("regler.regler", rules);
		FolderResources loaded = FolderResources.load(RulesStandaloneSetup.doSetup(), root);
		List<ConsentRule> applicable = ConsentEvaluator.applicable(loaded.ruleResources(), aCase);
		assertEquals(1, applicable.size());
		return ConsentEvaluator.decide(applicable.get(0), aCase, Locale.ENGLISH);
	}

	private static ConsentCase reduced(Representative representative) {
		return new ConsentCase("Kamera", "hemtjänst", true, representative, false, RelativeConsent.EJ_TILLFRAGAD, false, false);
	}

	private static ConsentCase canConsent(boolean relative, RelativeConsent answer) {
		return new ConsentCase("Kamera", "hemtjänst", false, Representative.INGEN, relative, answer, false, false);
	}

	@Test
	void aRuleThatDoesNotCoverReducedCapacityAnswersNotUsedConsiderTheSensorAndOffersTheAlternative() throws Exception {
		for (Representative representative : List.of(Representative.INGEN, Representative.GOD_MAN)) {
			ConsentDecision decision = decide(NOT_COVERED, reduced(representative));
			assertEquals(Outcome.NOT_USED, decision.outcome());
			assertEquals("Sensor", decision.considerFirst());
			assertEquals("Rörelsesensor och fysisk tillsyn", decision.alternative());
			assertEquals(List.of(), decision.consents());
			assertTrue(decision.reason().contains("does not cover persons with reduced decision capacity"), decision.reason());
		}
	}

	@Test
	void withoutItsOwnOfferTheRuleOffersItsRefusalAlternative() throws Exception {
		ConsentDecision decision = decide(NOT_COVERED.replace(", överväg först Sensor, erbjud \"Rörelsesensor och fysisk tillsyn\"", ""),
				reduced(Representative.INGEN));
		assertEquals(Outcome.NOT_USED, decision.outcome());
		assertEquals("Fysisk tillsyn", decision.alternative());
	}

	@Test
	void aRuleSilentOnReducedCapacityDoesNotSay() throws Exception {
		ConsentDecision decision = decide(NOT_COVERED.replaceAll("\tvid nedsatt.*\n", ""), reduced(Representative.GOD_MAN));
		assertEquals(Outcome.RULE_DOES_NOT_SAY, decision.outcome());
		assertTrue(decision.reason().contains("does not say"), decision.reason());
	}

	@Test
	void aRepresentativeConsentsUnderTheOtherReading() throws Exception {
		ConsentDecision decision = decide(RuleFolder.REPRESENTATIVE_CONSENT, reduced(Representative.FORVALTARE));
		assertEquals(Outcome.MAY_BE_USED, decision.outcome());
		assertEquals(List.of("förvaltare"), decision.consents());
		assertEquals(List.of("the person does not object"), decision.conditions());
	}

	@Test
	void aCohabitingRelativesRefusalMeansNotUsed() throws Exception {
		ConsentDecision decision = decide(NOT_COVERED, canConsent(true, RelativeConsent.NEJ));
		assertEquals(Outcome.NOT_USED, decision.outcome());
		assertTrue(decision.reason().contains("relative who lives with the person says no"), decision.reason());
		assertEquals("Fysisk tillsyn", decision.alternative());
	}

	@Test
	void aCohabitingRelativeNotYetAskedMustStillConsent() throws Exception {
		ConsentDecision decision = decide(NOT_COVERED, canConsent(true, RelativeConsent.EJ_TILLFRAGAD));
		assertEquals(Outcome.MAY_BE_USED, decision.outcome());
		assertEquals(List.of("the person (frivilligt, informerat)", "a relative who lives permanently with the person"),
				decision.consents());
	}

	@Test
	void aRelativesRefusalCountsOnlyWhereTheRuleAsksForTheRelativesConsent() throws Exception {
		ConsentDecision decision = decide(NOT_COVERED.replaceAll("\tsamtycke från närstående.*\n", ""),
				canConsent(true, RelativeConsent.NEJ));
		assertEquals(Outcome.MAY_BE_USED, decision.outcome());
	}

	@Test
	void theAnswerIsSwedishUnderSv() throws Exception {
		folder.write("regler.regler", NOT_COVERED);
		FolderResources loaded = FolderResources.load(RulesStandaloneSetup.doSetup(), root);
		ConsentCase aCase = reduced(Representative.INGEN);
		ConsentDecision decision = ConsentEvaluator.decide(ConsentEvaluator.applicable(loaded.ruleResources(), aCase).get(0),
				aCase, Locale.of("sv"));
		assertTrue(decision.reason().startsWith("regeln omfattar inte personer med nedsatt beslutsförmåga"), decision.reason());
	}
}
