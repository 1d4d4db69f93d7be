package se.dpia.assessment.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.approval.Approval;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Problem;

/** The DPO's sign-off covers exactly what was approved: a high risk added or changed afterwards is not signed off. */
class SignOffCoverageTest {

	private static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
			    id="test" name="Test" dpo="DSO">
			  <people id="DSO" name="Dataskyddsombudet"/>
			  <risks id="R1" name="Obehörig tittar in" likelihood="3" severity="3" mitigations="A1"/>
			  <mitigations id="A1" name="Behörighetsstyrning"/>
			  <review dataSubjectViews="Brukarrådet har hörts." nextReviewDate="2027-03-01"/>
			  <rights requests="Begäran lämnas till nämndens registrator."/>
			</dpia:Assessment>
			""";

	private static final String R2 = """
			  <risks id="R2" name="Loggar sparas för länge" likelihood="3" severity="3" mitigations="A1"/>
			""";

	@TempDir
	Path folder;

	private List<Problem> signOffErrors() throws Exception {
		return AssessmentFolder.open(folder).check(Locale.ENGLISH).problems().stream()
				.filter(problem -> problem.code().equals(IssueCodes.RESIDUAL_RISK_WITHOUT_DPO_SIGN_OFF)).toList();
	}

	private void approve() throws Exception {
		Path model = folder.resolve("assessment.dpia");
		Approval.approve(folder, model, AssessmentFiles.load(model), "Dana Dataskyddsombud", "2026-11-24", null);
	}

	@Test
	void aHighRiskAddedAfterTheApprovalStaysAnErrorUntilTheDpoApprovesAgain() throws Exception {
		Files.writeString(folder.resolve("assessment.dpia"), MODEL);
		assertEquals(List.of("/risks[R1]"), signOffErrors().stream().map(Problem::elementPath).toList(), "before the approval");
		approve();
		assertEquals(List.of(), signOffErrors(), "the approved risk is signed off");

		String approved = Files.readString(folder.resolve("assessment.dpia"));
		Files.writeString(folder.resolve("assessment.dpia"), approved.replace("  <mitigations id=\"A1\"", R2 + "  <mitigations id=\"A1\""));

		Problem error = signOffErrors().stream().reduce((a, b) -> {
			throw new AssertionError("one error expected: " + a + ", " + b);
		}).orElseThrow();
		assertEquals("/risks[R2]", error.elementPath());
		assertTrue(error.isError() && error.line() > 0, error.toString());
		assertTrue(error.message().contains("after the DPO approved"), error.message());

		approve();
		assertEquals(List.of(), signOffErrors(), "approved again, R2 is covered too");
	}

	@Test
	void aHighRiskChangedAfterTheApprovalIsNotCovered() throws Exception {
		Files.writeString(folder.resolve("assessment.dpia"), MODEL);
		approve();
		String approved = Files.readString(folder.resolve("assessment.dpia"));
		Files.writeString(folder.resolve("assessment.dpia"), approved.replace("severity=\"3\"", "severity=\"4\""));

		assertEquals(List.of("/risks[R1]"), signOffErrors().stream().map(Problem::elementPath).toList());
	}

	@Test
	void theAdviceNamesTheFolderAsGivenOrTheProgramsOwnSteps() throws Exception {
		Files.writeString(folder.resolve("assessment.dpia"), MODEL);
		approve();
		String approved = Files.readString(folder.resolve("assessment.dpia"));
		Files.writeString(folder.resolve("assessment.dpia"), approved.replace("severity=\"3\"", "severity=\"4\""));

		List<Problem> commandLine = AssessmentFolder.open(folder).check(Locale.ENGLISH).problems();
		assertTrue(commandLine.stream().anyMatch(p -> p.message().contains("(./dpia approve " + folder + " --by NAME)")),
				commandLine.toString());
		assertTrue(commandLine.stream().anyMatch(p -> p.message().contains("(./dpia diff " + folder + " --since approved)")),
				commandLine.toString());

		NextSteps menu = new NextSteps() {
			@Override
			public String seeChangesSinceApproval(Path shown, Locale locale) {
				return "DPO > Changes";
			}

			@Override
			public String approveAgain(Path shown, Locale locale) {
				return "DPO > Approve";
			}
		};
		List<Problem> workbench = AssessmentFolder.open(folder).check(Locale.forLanguageTag("sv"), menu).problems().stream()
				.filter(p -> p.code().equals(IssueCodes.RESIDUAL_RISK_WITHOUT_DPO_SIGN_OFF)
						|| p.code().equals(se.dpia.assessment.check.IssueCodes.CHANGED_AFTER_APPROVAL))
				.toList();
		assertEquals(2, workbench.size(), workbench.toString());
		for (Problem problem : workbench) {
			assertTrue(problem.message().contains("(DPO > Approve)") && !problem.message().contains("./dpia")
					&& !problem.message().contains(folder.toString()), problem.message());
		}
	}
}
