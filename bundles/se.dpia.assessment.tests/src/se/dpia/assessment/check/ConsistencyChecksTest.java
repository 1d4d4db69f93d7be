package se.dpia.assessment.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Problem;

/** Each cross-document gap between the DPIA, the PUB annexes and the routines has its code; a consistent folder has none. */
class ConsistencyChecksTest {

	/** A processor with an agreement and a logged camera; A1 is the measure under test, its attributes and
	 * appearsIn elements in %s (see {@link #measure}). */
	private static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
			    id="test" name="Test">
			  <parties id="Leverantören" name="Kameraleverantören" role="personuppgiftsbiträde"/>
			  <parties id="Larmcentralen" name="Larmcentralen"/>
			  <operations id="hemtjänst"/>
			  <technologies id="Kamera" kind="trygghetskamera" operations="hemtjänst"/>
			  <systems id="kamera" name="Kamera"/>
			  <systems id="tjänst" name="Tillsynstjänst"/>
			  <flows id="livebild" name="Livebild" source="kamera" target="tjänst" processor="Leverantören"/>
			  <agreements id="PUB1" name="PUB-avtal" processor="Leverantören"/>
			  <risks id="R1" name="Obehörig tittar"/>
			  <mitigations id="A1" name="Utbildning" %s</mitigations>
			</dpia:Assessment>
			""";

	private static final Set<String> CONSISTENCY_CODES = Set.of(se.dpia.assessment.check.IssueCodes.ANNEX_MEASURE_WITHOUT_RISK,
			se.dpia.assessment.check.IssueCodes.ANNEX_MEASURE_WITHOUT_PROCESSOR, se.dpia.assessment.check.IssueCodes.OPERATIONAL_MEASURE_WITHOUT_ROUTINE_STEP);

	@TempDir
	Path root;

	/** The consistency problems, and processor-without-agreement, of the folder with A1 as given and the rule files. */
	private List<Problem> check(String measure, String rules) throws Exception {
		Folders.write(root, "model.dpia", MODEL.formatted(measure));
		Folders.write(root, "regler.regler", rules);
		return AssessmentChecker.check(AssessmentFolder.open(root), Locale.ENGLISH).stream()
				.filter(p -> CONSISTENCY_CODES.contains(p.code()) || p.code().equals(IssueCodes.PROCESSOR_WITHOUT_AGREEMENT))
				.toList();
	}

	/** A1's attributes and the documents it appears in. */
	private static String measure(String attributes, String... appearsIn) {
		StringBuilder xml = new StringBuilder(attributes).append(">");
		for (String placement : appearsIn) {
			xml.append("<appearsIn>").append(placement).append("</appearsIn>");
		}
		return xml.toString();
	}

	private static String withoutStep() {
		return Folders.ROUTINE.replace(" genomför A1", "");
	}

	@Test
	void anAnnexMeasureThatTreatsARiskWithAProcessorAndARoutineStepIsConsistent() throws Exception {
		assertEquals(List.of(), check(measure("kind=\"organisatorisk\" risks=\"R1\" carriedOutBy=\"Leverantören\"", "PUB-bilaga", "rutin"),
				Folders.ROUTINE));
	}

	@Test
	void anAnnexMeasureThatTreatsNoRiskIsFlaggedOnTheMeasure() throws Exception {
		Problem problem = Folders.single(check(measure("carriedOutBy=\"Leverantören\""), ""));

		assertEquals(se.dpia.assessment.check.IssueCodes.ANNEX_MEASURE_WITHOUT_RISK, problem.code());
		assertEquals("/mitigations[A1]", problem.elementPath());
		assertEquals(Problem.Severity.WARNING, problem.severity());
		assertTrue(problem.message().contains("A1 \"Utbildning\"") && problem.message().contains("link it to the risks"),
				problem.message());
	}

	@Test
	void aMeasureOnlyInTheDpiaNeedsNoRiskLinkForTheAnnex() throws Exception {
		assertEquals(List.of(), check(measure("", "dpia"), ""));
	}

	@Test
	void aMeasureMarkedForTheAnnexWithoutAProcessorIsAnError() throws Exception {
		Problem problem = Folders.single(check(measure("risks=\"R1\"", "PUB-bilaga"), ""));

		assertEquals(se.dpia.assessment.check.IssueCodes.ANNEX_MEASURE_WITHOUT_PROCESSOR, problem.code());
		assertTrue(problem.isError());
		assertTrue(problem.message().contains("set carriedOutBy"), problem.message());
	}

	@Test
	void aMeasureCarriedOutByAPartyWithoutAgreementIsInNoAnnex() throws Exception {
		Problem problem = Folders.single(check(measure("risks=\"R1\" carriedOutBy=\"Larmcentralen\"", "PUB-bilaga"), ""));

		assertEquals(se.dpia.assessment.check.IssueCodes.ANNEX_MEASURE_WITHOUT_PROCESSOR, problem.code());
		assertTrue(problem.message().contains("Larmcentralen \"Larmcentralen\"")
				&& problem.message().contains("add a PUB agreement with Larmcentralen"), problem.message());
	}

	@Test
	void aSubProcessorsMeasureIsInTheAnnexOfTheProcessorThatEngagesIt() throws Exception {
		Folders.write(root, "model.dpia", MODEL.formatted(measure("kind=\"teknisk\" risks=\"R1\" carriedOutBy=\"Molnet\"", "PUB-bilaga"))
				.replace("<operations id=", "<parties id=\"Molnet\" name=\"Molnet\" role=\"underbiträde\" engagedBy=\"Leverantören\"/>\n  <operations id="));
		Folders.write(root, "regler.regler", "");
		assertEquals(List.of(), AssessmentChecker.check(AssessmentFolder.open(root), Locale.ENGLISH).stream()
				.filter(p -> CONSISTENCY_CODES.contains(p.code())).toList());
	}

	@Test
	void anOrganisationalAnnexMeasureNoRoutineStepCarriesOutIsFlagged() throws Exception {
		Problem problem = Folders.single(check(measure("kind=\"organisatorisk\" risks=\"R1\" carriedOutBy=\"Leverantören\""), withoutStep()));

		assertEquals(se.dpia.assessment.check.IssueCodes.OPERATIONAL_MEASURE_WITHOUT_ROUTINE_STEP, problem.code());
		assertEquals("/mitigations[A1]", problem.elementPath());
		assertTrue(problem.message().contains("add \"genomför A1\""), problem.message());
	}

	@Test
	void aTechnicalAnnexMeasureNeedsNoRoutineStep() throws Exception {
		assertEquals(List.of(), check(measure("kind=\"teknisk\" risks=\"R1\" carriedOutBy=\"Leverantören\""), withoutStep()));
	}

	@Test
	void aMeasureMarkedForARoutineThatNoStepCarriesOutIsFlagged() throws Exception {
		Problem problem = Folders.single(check(measure("risks=\"R1\"", "dpia", "rutin"), withoutStep()));

		assertEquals(se.dpia.assessment.check.IssueCodes.OPERATIONAL_MEASURE_WITHOUT_ROUTINE_STEP, problem.code());
		assertTrue(problem.message().contains("appearsIn rutin"), problem.message());
	}

	@Test
	void aMeasureMarkedForARoutineThatAStepCarriesOutIsConsistent() throws Exception {
		assertEquals(List.of(), check(measure("risks=\"R1\"", "dpia", "rutin"), Folders.ROUTINE));
	}

	@Test
	void aStepThatClaimsAMissingMitigationIsAnUnresolvedReferenceAndCountsForNothing() throws Exception {
		Folders.write(root, "model.dpia", MODEL.formatted(measure("risks=\"R1\"", "rutin")));
		Folders.write(root, "regler.regler", Folders.ROUTINE.replace("genomför A1", "genomför A9"));
		List<Problem> problems = AssessmentChecker.check(AssessmentFolder.open(root), Locale.ENGLISH);

		Problem unresolved = problems.stream().filter(p -> p.code().equals(se.dpia.rules.IssueCodes.UNRESOLVED_REFERENCE))
				.findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
		assertTrue(unresolved.line() > 0 && unresolved.message().contains("'A9'"), unresolved.toString());
		assertTrue(problems.stream().anyMatch(p -> p.code().equals(se.dpia.assessment.check.IssueCodes.OPERATIONAL_MEASURE_WITHOUT_ROUTINE_STEP)),
				problems.toString());
	}

	@Test
	void aProcessorOnAFlowWithoutAnAgreementIsReportedByTheFolderCheckOnce() throws Exception {
		Folders.write(root, "model.dpia", MODEL.formatted(measure(""))
				.replace("<agreements id=\"PUB1\" name=\"PUB-avtal\" processor=\"Leverantören\"/>", ""));
		Folders.write(root, "regler.regler", "");
		List<Problem> problems = AssessmentChecker.check(AssessmentFolder.open(root), Locale.ENGLISH);

		Problem problem = Folders.single(problems.stream()
				.filter(p -> p.code().equals(IssueCodes.PROCESSOR_WITHOUT_AGREEMENT)).toList());
		assertEquals("/parties[Leverantören]", problem.elementPath());
		assertTrue(problem.isError());
		assertFalse(problems.stream().anyMatch(p -> CONSISTENCY_CODES.contains(p.code())), problems.toString());
	}

	@Test
	void aProcessorOnAFlowWithAnAgreementIsNotReported() throws Exception {
		assertEquals(List.of(), check(measure(""), ""));
	}
}
