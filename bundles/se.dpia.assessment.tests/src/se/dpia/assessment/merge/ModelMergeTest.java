package se.dpia.assessment.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.ModelFolder;
import se.dpia.assessment.ThreatTasks;
import se.dpia.assessment.approval.Approval;
import se.dpia.assessment.check.IssueCodes;
import se.dpia.compliance.Messages;
import se.dpia.compliance.threats.Proposal;
import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.ThreatDecision;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.validation.Problem;

/** The three-way merge of model files that git's merge driver runs. */
class ModelMergeTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("dpia.root", "../..")).resolve("examples/ange-trygghetskamera");

	private static final String HEAD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
			    id="test" name="Test">
			""";
	private static final String TAIL = "</dpia:Assessment>\n";

	@TempDir
	Path temp;

	@Test
	void twoBranchesAcceptingDifferentThreatsOneApprovingMergeWithoutConflictAndTheSignOffErrorStays() throws Exception {
		Path ancestor = copy(EXAMPLE, temp.resolve("ancestor"));
		List<Proposal> high = ThreatTasks.undecided(ModelFolder.load(ancestor)).stream()
				.filter(proposal -> proposal.likelihood() * proposal.severity() > 6).toList();
		assertTrue(high.size() >= 2, "the example proposes two threats above the acceptable level: " + high);
		String ourKey = high.get(0).key();
		String theirKey = high.get(1).key();

		Path ours = copy(ancestor, temp.resolve("ours"));
		accept(ours, ourKey);
		Path theirs = copy(ancestor, temp.resolve("theirs"));
		accept(theirs, theirKey);
		Path theirModel = theirs.resolve("assessment.dpia");
		Approval.approve(theirs, theirModel, AssessmentFiles.load(theirModel), "Dana Dataskyddsombud", "2026-12-02", null);
		String approvedRisk = riskOf(AssessmentFiles.load(theirModel), theirKey).getId();
		assertEquals(approvedRisk, riskOf(AssessmentFiles.load(ours.resolve("assessment.dpia")), ourKey).getId(),
				"both branches gave their new risk the same id");

		// git's worktree during the merge: our branch with their new files (.approved/), our model file as %A
		Path merged = copy(theirs, temp.resolve("merged"));
		Files.copy(ours.resolve("assessment.dpia"), merged.resolve("assessment.dpia"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		ModelFileMerge.Outcome outcome = ModelFileMerge.merge(ancestor.resolve("assessment.dpia"), merged.resolve("assessment.dpia"),
				theirModel, null, Locale.ENGLISH);

		assertEquals(List.of(), outcome.result().conflicts());
		assertNull(outcome.conflictFile());
		assertEquals(Map.of(), outcome.result().renames(), "theirs holds the approval: their risk keeps its id");
		String ourRisk = outcome.result().oursRenames().get(approvedRisk);
		assertTrue(ourRisk != null && !ourRisk.equals(approvedRisk), outcome.result().toString());
		assertEquals(List.of(new MergeResult.Note(MergeResult.Note.Kind.APPROVED_BY_THEIRS)), outcome.result().notes());

		Assessment result = AssessmentFiles.load(merged.resolve("assessment.dpia"));
		assertEquals(approvedRisk, riskOf(result, theirKey).getId(), "their accepted threat, under the approved id");
		assertEquals(ourRisk, riskOf(result, ourKey).getId(), "our accepted threat, renamed with its decision");
		assertEquals(2, result.getThreatDecisions().size());
		assertEquals("Dana Dataskyddsombud", result.getReview().getSignedBy(), "their approval is merged");

		List<Problem> problems = AssessmentFolder.open(merged).check(Locale.ENGLISH).problems();
		List<String> notSignedOff = problems.stream()
				.filter(p -> p.isError() && p.code().equals(se.dpia.model.validation.IssueCodes.RESIDUAL_RISK_WITHOUT_DPO_SIGN_OFF))
				.map(Problem::elementPath).toList();
		assertEquals(List.of("/risks[" + ourRisk + "]"), notSignedOff,
				"our high risk came after the approval: not signed off; their approved one is: " + problems);
		assertTrue(problems.stream().anyMatch(p -> p.code().equals(IssueCodes.CHANGED_AFTER_APPROVAL)), problems.toString());
	}

	@Test
	void withoutAnApprovalTheirNewElementIsRenumberedWithEveryReferenceToIt() {
		Assessment base = model("""
				  <risks id="R1" name="Ett"/>
				""");
		Assessment ours = model("""
				  <risks id="R1" name="Ett"/>
				  <risks id="R2" name="Vårt"/>
				  <mitigations id="A1" name="Vår åtgärd" risks="R2"/>
				""");
		Assessment theirs = model("""
				  <risks id="R1" name="Ett"/>
				  <risks id="R2" name="Deras"/>
				  <mitigations id="A2" name="Deras åtgärd" risks="R2 R1"/>
				  <threatDecisions rule="camera-in-bedroom" subject="R1" decision="accepterad" risk="R2"/>
				""");
		MergeResult result = ModelMerge.merge(base, ours, theirs);

		assertEquals(List.of(), result.conflicts());
		assertEquals(Map.of("R2", "R3"), result.renames());
		assertEquals(List.of("R1:Ett", "R2:Vårt", "R3:Deras"), ours.getRisks().stream().map(r -> r.getId() + ":" + r.getName()).toList(),
				"theirs after ours at the same place");
		assertEquals(List.of("R2"), ours.getMitigations().get(0).getRisks().stream().map(Risk::getId).toList());
		assertEquals(List.of("R3", "R1"), ours.getMitigations().get(1).getRisks().stream().map(Risk::getId).toList());
		assertEquals("R3", ours.getThreatDecisions().get(0).getRisk().getId());
		assertTrue(ours.getThreatDecisions().get(0).getRisk().eResource() == ours.eResource());
	}

	@Test
	void changesOnDifferentAttributesAndElementsMergeAndTheSameAttributeChangedTwiceIsAConflict() throws Exception {
		String base = """
				  <risks id="R1" name="Obehörig tittar in" likelihood="2" severity="2"/>
				  <risks id="R2" name="Loggar sparas för länge" likelihood="1" severity="1"/>
				  <risks id="R3" name="Tas bort"/>
				""";
		Path ancestor = write("ancestor", base);
		Path ours = write("merged/assessment", base.replace("likelihood=\"2\"", "likelihood=\"3\"").replace("severity=\"1\"", "severity=\"2\"")
				.replace("  <risks id=\"R3\" name=\"Tas bort\"/>\n", ""));
		Path theirs = write("theirs", base.replace("likelihood=\"2\"", "likelihood=\"4\"").replace("name=\"Loggar", "threatSource=\"Personal\" name=\"Loggar"));

		ModelFileMerge.Outcome outcome = ModelFileMerge.merge(ancestor, ours, theirs, null, Locale.ENGLISH);

		assertEquals(List.of(new MergeResult.Conflict(MergeResult.Conflict.Kind.BOTH_CHANGED, "/risks[R1]", "likelihood", "2", "3", "4")),
				outcome.result().conflicts());
		Assessment result = AssessmentFiles.load(ours);
		assertEquals(List.of("R1", "R2"), result.getRisks().stream().map(Risk::getId).toList(), "R3 removed on our side");
		assertEquals(3, result.getRisks().get(0).getLikelihood(), "the merged file keeps ours at the conflict");
		assertEquals(2, result.getRisks().get(1).getSeverity(), "ours");
		assertEquals("Personal", result.getRisks().get(1).getThreatSource(), "theirs");
		String report = Files.readString(outcome.conflictFile());
		assertTrue(report.contains("/risks[R1]: likelihood changed on both sides: ours \"3\", theirs \"4\" (before: \"2\")"), report);
		assertEquals(temp.resolve("merged/assessment.dpia" + ModelFileMerge.CONFLICTS_SUFFIX), outcome.conflictFile());
		assertTrue(String.join("\n", MergeReport.lines(outcome.result(), "a.dpia", Locale.of("sv")))
				.contains("likelihood ändrat på båda sidor: vårt \"3\", deras \"4\""));

		// until the list is deleted, check reports each conflict at its element
		List<Problem> unresolved = AssessmentFolder.open(temp.resolve("merged")).check(Locale.ENGLISH).problems().stream()
				.filter(p -> p.code().equals(IssueCodes.UNRESOLVED_MERGE_CONFLICT)).toList();
		assertEquals(1, unresolved.size(), unresolved.toString());
		assertEquals("/risks[R1]", unresolved.get(0).elementPath());
		List<String> mergedLines = Files.readAllLines(ours);
		int r1 = 1 + mergedLines.indexOf(mergedLines.stream().filter(l -> l.contains("<risks id=\"R1\"")).findFirst().orElseThrow());
		assertTrue(unresolved.get(0).isError() && unresolved.get(0).line() == r1, r1 + ": " + unresolved);
		assertTrue(unresolved.get(0).message().startsWith("merge conflict not resolved yet: /risks[R1]: likelihood changed on both sides"),
				unresolved.get(0).message());
		Files.delete(outcome.conflictFile());
		assertTrue(AssessmentFolder.open(temp.resolve("merged")).check(Locale.ENGLISH).problems().stream()
				.noneMatch(p -> p.code().equals(IssueCodes.UNRESOLVED_MERGE_CONFLICT)));
	}

	@Test
	void aReferenceToAnElementRemovedOnTheOtherSideIsDroppedAndReported() {
		Assessment base = model("""
				  <risks id="R1" name="Ett"/>
				  <risks id="R2" name="Två"/>
				  <mitigations id="A1" name="Åtgärd"/>
				""");
		Assessment ours = model("""
				  <risks id="R1" name="Ett"/>
				  <mitigations id="A1" name="Åtgärd"/>
				""");
		Assessment theirs = model("""
				  <risks id="R1" name="Ett"/>
				  <risks id="R2" name="Två"/>
				  <mitigations id="A1" name="Åtgärd" risks="R1 R2"/>
				""");
		MergeResult result = ModelMerge.merge(base, ours, theirs);

		// a measure's risks and a risk's measures are two ends of one reference: theirs changed R2 too
		assertEquals(List.of(new MergeResult.Conflict(MergeResult.Conflict.Kind.REMOVED_BY_OURS, "/risks[R2]", null, null, null, null),
				new MergeResult.Conflict(MergeResult.Conflict.Kind.DANGLING_REFERENCE, "/mitigations[A1]", "risks", null, "R2", null)),
				result.conflicts());
		assertEquals(List.of("R1"), ours.getMitigations().get(0).getRisks().stream().map(Risk::getId).toList());
	}

	@Test
	void theSameProposalDecidedDifferentlyOnBothSidesIsAConflict() {
		Assessment base = model("");
		Assessment ours = model("""
				  <threatDecisions rule="camera-in-bedroom" subject="T1" decision="avfärdad" reason="Ingen kamera i sovrum"/>
				""");
		Assessment theirs = model("""
				  <threatDecisions rule="camera-in-bedroom" subject="T1" decision="avfärdad" reason="Kameran är avstängd"/>
				  <threatDecisions rule="audio" subject="T1" decision="avfärdad" reason="Ingen mikrofon"/>
				""");
		MergeResult result = ModelMerge.merge(base, ours, theirs);

		assertEquals(1, result.conflicts().size(), result.toString());
		assertEquals("reason", result.conflicts().get(0).feature());
		assertEquals(List.of("Ingen kamera i sovrum", "Ingen mikrofon"),
				ours.getThreatDecisions().stream().map(ThreatDecision::getReason).toList());
	}

	@Test
	void aModelAddedOnBothSidesMatchesItsElementsByIdAndReportsWhereTheyDiffer() {
		Assessment ours = model("""
				  <risks id="R1" name="Ett" likelihood="2"/>
				""");
		Assessment theirs = model("""
				  <risks id="R1" name="Ett" likelihood="3"/>
				  <risks id="R2" name="Två"/>
				""");
		MergeResult result = ModelMerge.merge(null, ours, theirs);

		assertEquals(Map.of(), result.renames());
		assertEquals(List.of(new MergeResult.Conflict(MergeResult.Conflict.Kind.BOTH_CHANGED, "/risks[R1]", "likelihood", "", "2", "3")),
				result.conflicts());
		assertEquals(List.of("R1", "R2"), ours.getRisks().stream().map(Risk::getId).toList());
	}

	private Assessment model(String content) {
		return se.dpia.assessment.TestModels.assessment(content);
	}

	private Path write(String name, String content) throws IOException {
		Path file = temp.resolve(name + ".dpia");
		Files.createDirectories(file.getParent());
		Files.writeString(file, HEAD + content + TAIL);
		return file;
	}

	private static void accept(Path folder, String key) throws Exception {
		ThreatTasks.Outcome outcome = ThreatTasks.accept(ModelFolder.load(folder), key, Messages.of("sv"), "2026-12-01");
		assertTrue(outcome instanceof ThreatTasks.Accepted, outcome.toString());
	}

	private static Risk riskOf(Assessment assessment, String key) {
		return assessment.getThreatDecisions().stream().filter(d -> key.equals(d.getRule() + ":" + d.getSubject()))
				.map(ThreatDecision::getRisk).findFirst().orElseThrow(() -> new AssertionError("no decision on " + key));
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		return to;
	}
}
