package se.dpia.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.model.validation.Fixtures.assessment;
import static se.dpia.model.validation.Fixtures.risk;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.Revision;

class DpiaValidationTest {

	@Test
	void afterRegisteringTheGlobalDiagnosticianReportsTheChecksAndTheStructuralConstraints() {
		Assessment assessment = assessment();
		risk(assessment, "R1").getMitigations().clear();
		Revision revision = DpiaFactory.eINSTANCE.createRevision();
		revision.setDate("1 mars 2024");
		assessment.getRevisions().add(revision);

		DpiaValidation.register();
		Diagnostic result = Diagnostician.INSTANCE.validate(assessment);

		List<String> codes = result.getChildren().stream().map(d -> ((ModelIssue) d).issueCode()).toList();
		assertEquals(List.of(IssueCodes.INVALID_DATE, IssueCodes.RISK_WITHOUT_TREATMENT), codes);
		assertEquals(Diagnostic.ERROR, result.getSeverity());
	}

	@Test
	void messagesComeInTheLanguageAskedFor() {
		Assessment assessment = assessment();
		assessment.setDpo(null);

		String swedish = DpiaValidation.validate(assessment, Locale.of("sv", "SE")).getChildren().get(0).getMessage();
		String english = DpiaValidation.validate(assessment, Locale.ENGLISH).getChildren().get(0).getMessage();

		assertTrue(swedish.startsWith("Bedömningen test \"Test\" anger inget dataskyddsombud"), swedish);
		assertTrue(english.startsWith("Assessment test \"Test\" names no data protection officer"), english);
	}
}
