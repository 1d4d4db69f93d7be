package se.dpia.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.rules.RuleFolder.single;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.validation.Problem;
import se.dpia.rules.IssueCodes;
import se.dpia.rules.RuleFolder;

/** Routines: escalation to a physical visit, supervision windows inside the granted service, permissions. */
class RoutineValidatorTest {

	private static final String VISIT =
			"steg Hembesök: om fortfarande ej sedd, strömavbrott eller teknikfel, Nattpatrull gör besök inom 30 minuter";

	@TempDir
	Path root;
	private RuleFolder folder;

	@BeforeEach
	void setUp() throws Exception {
		folder = new RuleFolder(root);
	}

	@Test
	void aCameraRoutineWithoutAPhysicalVisitIsAnError() throws Exception {
		Problem problem = single(folder.check(RuleFolder.GOOD_ROUTINE.replace(VISIT, "")));
		assertEquals(IssueCodes.CAMERA_ROUTINE_WITHOUT_PHYSICAL_ESCALATION, problem.code());
		assertEquals("1:18", problem.line() + ":" + problem.column());
	}

	@Test
	void aVisitOnlyOnPowerCutIsNoEscalationForAPersonNotSeen() throws Exception {
		List<Problem> problems = folder.check(RuleFolder.GOOD_ROUTINE.replace("om fortfarande ej sedd, strömavbrott eller teknikfel", "om strömavbrott"));
		assertEquals(List.of(IssueCodes.CAMERA_ROUTINE_WITHOUT_PHYSICAL_ESCALATION), RuleFolder.codes(problems));
	}

	@Test
	void aRoutineWithoutCameraNeedsNoPhysicalVisit() throws Exception {
		assertEquals(List.of(), folder.check(RuleFolder.GOOD_ROUTINE.replace(VISIT, "").replace(" med Kamera", "")));
	}

	@Test
	void aVisitThatForgetsPowerCutsIsAWarning() throws Exception {
		Problem problem = single(folder.check(RuleFolder.GOOD_ROUTINE.replace(", strömavbrott eller", " eller")));
		assertEquals(IssueCodes.ESCALATION_MISSES_CAUSE, problem.code());
		assertFalse(problem.isError());
		assertTrue(problem.message().contains("strömavbrott"), problem.message());
	}

	@Test
	void aWindowOutsideTheGrantedServiceIsAnError() throws Exception {
		Problem problem = single(folder.check(RuleFolder.GOOD_ROUTINE.replace("tillsyn 22:00–06:00", "tillsyn 20:00–06:00")));
		assertEquals(IssueCodes.WINDOW_OUTSIDE_GRANTED_SERVICE, problem.code());
		assertEquals("5:10", problem.line() + ":" + problem.column());
	}

	@Test
	void aWindowEndingAfterTheGrantedServiceIsAnError() throws Exception {
		Problem problem = single(folder.check(RuleFolder.GOOD_ROUTINE.replace("tillsyn 22:00–06:00", "tillsyn 23:00 till 08:00")));
		assertEquals(IssueCodes.WINDOW_OUTSIDE_GRANTED_SERVICE, problem.code());
	}

	@Test
	void aWindowAcrossMidnightInsideTheServiceIsFine() throws Exception {
		assertEquals(List.of(), folder.check(RuleFolder.GOOD_ROUTINE.replace("tillsyn 22:00–06:00", "tillsyn 00:30-07:00")));
	}

	@Test
	void aServiceAroundTheClockHoldsANightWindow() throws Exception {
		assertEquals(List.of(), folder.check(RuleFolder.GOOD_ROUTINE.replace("beviljad insats 21:00–07:00", "beviljad insats 00:00–24:00")));
	}

	@Test
	void aStepByARoleWithoutThePermissionIsAnError() throws Exception {
		Problem problem = single(folder.check(RuleFolder.GOOD_ROUTINE.replace("Nattpatrull gör besök", "Larmoperatör gör besök")));
		assertEquals(IssueCodes.STEP_ROLE_LACKS_PERMISSION, problem.code());
		assertEquals(8, problem.line());
		assertTrue(problem.message().contains("'Larmoperatör' may not do besök"), problem.message());
	}

	@Test
	void aSupervisionRoutineWithoutAStepForAPersonWhoNeedsHelpIsAWarning() throws Exception {
		Problem problem = single(folder.check(RuleFolder.GOOD_ROUTINE.replace(
				"steg Hjälp: om sedd och behöver hjälp, Nattpatrull utför besök inom 30 minuter", "")));
		assertEquals(IssueCodes.ROUTINE_WITHOUT_HELP_STEP, problem.code());
		assertFalse(problem.isError());
		assertEquals("1:18", problem.line() + ":" + problem.column());
		assertTrue(problem.message().contains("om sedd och behöver hjälp"), problem.message());
	}

	@Test
	void aSupervisionRoutineWithoutEscalationIsAWarning() throws Exception {
		Problem problem = single(folder.check(RuleFolder.GOOD_ROUTINE.replace(
				"steg Larma: om ingen hinner fram i tid, Larmoperatör ringer Sjuksköterska", "")));
		assertEquals(IssueCodes.ROUTINE_WITHOUT_ESCALATION, problem.code());
		assertFalse(problem.isError());
		assertTrue(problem.message().contains("om ingen hinner fram"), problem.message());
	}

	@Test
	void aRoutineWithoutSupervisionNeedsNeitherStep() throws Exception {
		assertEquals(List.of(), folder.check("""
				verksamhetsrutin Beställning för hemtjänst {
					roll Beställare får beställning
					steg Beställa: Beställare gör beställning
				}
				"""));
	}

	@Test
	void aCalledContactOrRoleWithoutAPhoneNumberIsAWarning() throws Exception {
		Problem problem = single(folder.check(RuleFolder.GOOD_ROUTINE.replace(" telefon \"070-000 00 00\"", "")));
		assertEquals(IssueCodes.CALLED_WITHOUT_PHONE, problem.code());
		assertEquals(10, problem.line());
		assertTrue(problem.message().contains("'Sjuksköterska'"), problem.message());
		List<Problem> role = folder.check(RuleFolder.GOOD_ROUTINE.replace("ringer Sjuksköterska", "ringer Sjuksköterska eller Nattpatrull"));
		assertEquals(List.of(IssueCodes.CALLED_WITHOUT_PHONE), RuleFolder.codes(role), "Nattpatrull has no phone number");
		assertEquals(List.of(), folder.check(RuleFolder.GOOD_ROUTINE.replace("ringer Sjuksköterska", "ringer Sjuksköterska eller Nattpatrull")
				.replace("roll Nattpatrull får besök", "roll Nattpatrull får besök telefon \"070-111 11 11\"")));
	}

	@Test
	void aCallToSomeoneTheRoutineDoesNotNameIsUnresolved() throws Exception {
		Problem problem = single(folder.check(RuleFolder.GOOD_ROUTINE.replace("ringer Sjuksköterska", "ringer Läkare")));
		assertEquals(IssueCodes.UNRESOLVED_REFERENCE, problem.code());
	}

	@Test
	void aVisitDocumentedInTheCareDocumentationIsFineAndInTheSuppliersPlatformAWarning() throws Exception {
		folder.write("model.dpia", RuleFolder.MODEL.replace("<mitigations", """
				<systems id="Lifecare" kind="verksamhetssystem"/>
				  <systems id="Plattformen" name="Leverantörens plattform" kind="administrationsplattform"/>
				  <mitigations"""));
		String documented = RuleFolder.GOOD_ROUTINE.replace("Nattpatrull gör besök inom 30 minuter",
				"Nattpatrull gör besök inom 30 minuter dokumenteras i Lifecare");
		assertEquals(List.of(), folder.check(documented));
		Problem problem = single(folder.check(documented.replace("dokumenteras i Lifecare", "dokumenteras i Plattformen")));
		assertEquals(IssueCodes.DOCUMENTED_OUTSIDE_CARE_DOCUMENTATION, problem.code());
		assertTrue(problem.message().contains("'Leverantörens plattform' (administrationsplattform)"), problem.message());
		assertEquals(IssueCodes.UNRESOLVED_REFERENCE, single(folder.check(documented.replace("dokumenteras i Lifecare",
				"dokumenteras i Tillsynsloggen"))).code());
	}

	@Test
	void existingRoutinesWithoutTheNewSentencesStillParse() throws Exception {
		List<Problem> problems = folder.check(RuleFolder.GOOD_ROUTINE
				.replace("steg Hjälp: om sedd och behöver hjälp, Nattpatrull utför besök inom 30 minuter", "")
				.replace("steg Larma: om ingen hinner fram i tid, Larmoperatör ringer Sjuksköterska", "")
				.replace("kontakt Sjuksköterska \"sjuksköterska i tjänst\" telefon \"070-000 00 00\"", ""));
		assertEquals(List.of(IssueCodes.ROUTINE_WITHOUT_ESCALATION, IssueCodes.ROUTINE_WITHOUT_HELP_STEP),
				RuleFolder.codes(problems).stream().sorted().toList());
	}
}
