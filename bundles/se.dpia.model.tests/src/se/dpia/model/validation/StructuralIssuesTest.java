package se.dpia.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.model.validation.Fixtures.assessment;
import static se.dpia.model.validation.Fixtures.codesOf;
import static se.dpia.model.validation.Fixtures.flow;
import static se.dpia.model.validation.Fixtures.single;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.Person;
import se.dpia.model.Revision;
import se.dpia.model.io.AssessmentFiles;

/** The generated structural constraints keep working inside the composed validator, with stable codes. */
class StructuralIssuesTest {

	private final Assessment assessment = assessment();

	@Test
	void aDateNotWrittenYyyyMmDdIsAnInvalidDate() {
		Revision revision = revision("2024-3-1");

		ModelIssue issue = single(assessment, IssueCodes.INVALID_DATE);

		assertSame(revision, issue.element());
		assertTrue(issue.isError());
		assertTrue(issue.getMessage().contains("'2024-3-1'"), issue.getMessage());
	}

	@Test
	void aDateWrittenYyyyMmDdIsFine() {
		revision("2024-03-01");

		assertEquals(List.of(), codesOf(assessment));
	}

	@Test
	void aFlowWithoutSourceMissesARequiredValue() {
		flow(assessment, "F1").setSource(null);

		ModelIssue issue = single(assessment, IssueCodes.MISSING_REQUIRED_VALUE);

		assertTrue(issue.getMessage().contains("source"), issue.getMessage());
	}

	@Test
	void aReferenceIntoAMissingFileIsBroken() {
		Person elsewhere = DpiaFactory.eINSTANCE.createPerson();
		((InternalEObject) elsewhere).eSetProxyURI(URI.createURI("saknas.dpia#DSO"));
		assessment.setDpo(elsewhere);

		assertEquals(List.of(IssueCodes.BROKEN_REFERENCE), codesOf(assessment));
	}

	@Test
	void twoElementsWithOneIdInAFileAreDuplicates(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("dubbel.dpia"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
				    id="test" name="Test" dpo="DSO">
				  <people id="DSO" name="Dataskyddsombudet"/>
				  <people id="DSO" name="Någon annan"/>
				  <review dataSubjectViews="Hörda." nextReviewDate="2027-03-01"/>
				  <rights requests="Begäran lämnas till registratorn."/>
				</dpia:Assessment>
				""");

		assertEquals(List.of(IssueCodes.DUPLICATE_ID), codesOf(AssessmentFiles.load(file)));
	}

	@Test
	void theSameFileWithDistinctIdsIsFine(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("ok.dpia"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
				    id="test" name="Test" dpo="DSO">
				  <people id="DSO" name="Dataskyddsombudet"/>
				  <people id="P2" name="Någon annan"/>
				  <review dataSubjectViews="Hörda." nextReviewDate="2027-03-01"/>
				  <rights requests="Begäran lämnas till registratorn."/>
				</dpia:Assessment>
				""");

		assertEquals(List.of(), codesOf(AssessmentFiles.load(file)));
	}

	@Test
	void anyOtherStructuralProblemKeepsEmfsMessageUnderInvalidModel() {
		BasicDiagnostic chain = new BasicDiagnostic();
		Diagnostic other = new BasicDiagnostic(Diagnostic.ERROR, "org.eclipse.emf.ecore", 15, "circular containment",
				new Object[] { assessment });

		StructuralIssues.translate(other, new Issues(chain, Locale.ENGLISH));

		ModelIssue issue = (ModelIssue) chain.getChildren().get(0);
		assertEquals(IssueCodes.INVALID_MODEL, issue.issueCode());
		assertEquals("circular containment", issue.getMessage());
	}

	private Revision revision(String date) {
		Revision revision = DpiaFactory.eINSTANCE.createRevision();
		revision.setVersion("0.1");
		revision.setDate(date);
		assessment.getRevisions().add(revision);
		return revision;
	}
}
