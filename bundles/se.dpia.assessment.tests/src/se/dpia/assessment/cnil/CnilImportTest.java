package se.dpia.assessment.cnil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.NewAssessmentFolder;
import se.dpia.model.Art6Ground;
import se.dpia.model.Assessment;
import se.dpia.model.FearedEvent;
import se.dpia.model.Mitigation;
import se.dpia.model.Person;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.Risk;
import se.dpia.model.RiskKind;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.validation.Problem;

/** A PIA from CNIL's tool, written by hand in its export format, becomes an assessment folder that checks. */
class CnilImportTest {

	private static final Path PIA = Path.of(System.getProperty("dpia.root", "../.."))
			.resolve("bundles/se.dpia.assessment.tests/resources/cnil/nattillsyn.json");

	@TempDir
	Path temp;

	@Test
	void theMappedElementsAreThePiasAndTheRestIsKeptWordForWord() throws Exception {
		Path folder = temp.resolve("nattillsyn");
		CnilImport.Result result = CnilImport.importFile(PIA, folder, Locale.of("sv"));
		Assessment assessment = AssessmentFiles.load(result.model());

		assertEquals("Nattillsyn med trygghetskamera i hemtjänsten", assessment.getName());
		assertEquals("Kommunen erbjuder digital nattillsyn via kamera i stället för fysiska besök, för brukare med beviljad"
				+ " tillsyn i hemtjänsten.", assessment.getBackground(), "1.1.1, its markup removed");
		assertEquals(List.of("author:Eva Ek", "evaluator:Olof Lind", "validator:Maria Berg", "dpo:Dana Dataskyddsombud"),
				assessment.getPeople().stream().map(p -> p.getId() + ":" + p.getName()).toList());
		assertEquals("dpo", assessment.getDpo().getId());

		assertEquals(1, assessment.getDataCategories().size());
		assertEquals("- Livebild från kameran\n- Tillsynslogg: vem som tittade, när och hur länge",
				assessment.getDataCategories().get(0).getDescription(), "1.2.1");
		assertEquals("Livebilden sparas inte; tillsynsloggen gallras efter ett år.", assessment.getDataCategories().get(0).getRetention(),
				"2.1.5");
		ProcessingActivity processing = assessment.getProcessingActivities().get(0);
		assertEquals("Personalen tittar in via kameran vid de tider som beviljats; varje tillsyn loggas.", processing.getDescription());
		assertEquals(List.of("Att utföra beviljad nattillsyn utan att störa brukarens sömn."), processing.getPurposes());
		assertEquals(Art6Ground.ALLMAN_INTRESSE, processing.getArt6Ground(), "the one ground 2.1.2 names");
		assertEquals(assessment.getDataCategories(), processing.getDataCategories());

		assertEquals(List.of("A1:Behörighetsstyrning", "A2:Loggning och logguppföljning", "A3:Rutin vid teknikfel"),
				assessment.getMitigations().stream().map(m -> m.getId() + ":" + m.getName()).toList());
		assertEquals("Endast nattpersonal med beslut har behörighet att titta in.", assessment.getMitigations().get(0).getDescription());
		assertEquals("2026-12-31", assessment.getMitigations().get(0).getDueDate(), "the evaluation's implementation date");

		assertEquals(List.of("R1", "R2"), assessment.getRisks().stream().map(Risk::getId).toList(), "3.2 and 3.4; 3.3 has no answers");
		Risk access = assessment.getRisks().get(0);
		assertEquals("Obehörig åtkomst till uppgifterna", access.getName());
		assertEquals(FearedEvent.OBEHORIG_ATKOMST, access.getFearedEvent());
		assertEquals(RiskKind.REGISTRERADE, access.getKind());
		assertEquals(List.of(3, 2, 3, 1), List.of(access.getSeverity(), access.getLikelihood(), access.getResidualSeverity(),
				access.getResidualLikelihood()), "the answers' gauges, then the evaluation's");
		assertEquals("Personal, Angripare utifrån", access.getThreatSource());
		assertEquals(List.of("A1", "A2"), access.getMitigations().stream().map(Mitigation::getId).toList());
		assertTrue(access.getDescription().startsWith("Påverkan på de registrerade: Intrång i hemmet, Känsla av att vara övervakad\n"
				+ "Hot: Obehörig tittar in\nAllvarlighet: Betydande: bilder från sovrummet."), access.getDescription());
		Risk disappearance = assessment.getRisks().get(1);
		assertEquals(FearedEvent.FORSVINNANDE, disappearance.getFearedEvent());
		assertEquals(List.of(2, 2, 0, 0), List.of(disappearance.getSeverity(), disappearance.getLikelihood(),
				disappearance.getResidualSeverity(), disappearance.getResidualLikelihood()));
		assertEquals(List.of("A3"), disappearance.getMitigations().stream().map(Mitigation::getId).toList());

		assertTrue(assessment.getReview().getDpoOpinion().startsWith("Dataskyddsombudet tillstyrker"));
		assertEquals("Brukarrådet har hörts och ser positivt på frivillig kameratillsyn.", assessment.getReview().getDataSubjectViews());
		assertTrue(!assessment.getReview().isDpoSignedOff(), "a favourable opinion in the tool is no sign-off");

		String notes = Files.readString(result.notes());
		for (String kept : List.of("Socialnämnden är personuppgiftsansvarig", "Brukaren får skriftlig och muntlig information",
				"(art. 6.1 e)", "Brandvägg", "Stäm av med kommunjuristen.", "Inför tvåfaktorsinloggning.", "Sannolikheten kan sänkas.",
				"Brukarrådet", "Socialtjänst")) {
			assertTrue(notes.contains(kept), kept + " kept in " + notes);
		}
		assertTrue(result.notMapped().contains("112 ansvar kopplat till behandlingen: inte överfört, sparat i cnil-import.txt"),
				result.notMapped().toString());
		assertTrue(result.notMapped().stream().anyMatch(line -> line.startsWith("pia.dpo_status ")), result.notMapped().toString());

		List<Problem> errors = AssessmentFolder.open(folder).check(Locale.ENGLISH).problems().stream().filter(Problem::isError).toList();
		assertEquals(List.of(), errors);
		assertEquals(NewAssessmentFolder.GITATTRIBUTES, Files.readString(folder.resolve(".gitattributes")));
	}

	@Test
	void inEnglishTheRisksAndRolesAreEnglish() throws Exception {
		CnilImport.Result result = CnilImport.importFile(PIA, temp.resolve("en"), Locale.ENGLISH);
		Assessment assessment = AssessmentFiles.load(result.model());

		assertEquals("Illegitimate access to data", assessment.getRisks().get(0).getName());
		assertEquals("Author (CNIL PIA tool)", assessment.getPeople().stream().map(Person::getTitle).findFirst().orElseThrow());
	}

	@Test
	void aFileThatIsNotAPiaOrNotJsonIsRefusedWithWhereAndNothingIsWritten() throws Exception {
		Path broken = Files.writeString(temp.resolve("broken.json"), "{\n  \"pia\": {\n    \"name\": \"x\",\n    oops\n");
		Path other = Files.writeString(temp.resolve("other.json"), "{\"answers\": []}");

		CnilImport.NotAPiaException notJson = assertThrows(CnilImport.NotAPiaException.class,
				() -> CnilImport.importFile(broken, temp.resolve("a"), Locale.ENGLISH));
		assertTrue(notJson.line() >= 4, notJson.getMessage() + " at " + notJson.line());
		CnilImport.NotAPiaException notPia = assertThrows(CnilImport.NotAPiaException.class,
				() -> CnilImport.importFile(other, temp.resolve("b"), Locale.ENGLISH));
		assertTrue(notPia.getMessage().contains("no \"pia\" object"), notPia.getMessage());
		assertTrue(!Files.exists(temp.resolve("a")) && !Files.exists(temp.resolve("b")));
	}

	@Test
	void aFolderThatHoldsAnythingIsRefused() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("full"));
		Files.writeString(folder.resolve("anteckningar.txt"), "mina");

		assertThrows(NewAssessmentFolder.RefusedException.class, () -> CnilImport.importFile(PIA, folder, Locale.ENGLISH));
		assertEquals(List.of(folder.resolve("anteckningar.txt")), Files.list(folder).toList());
	}
}
