package se.dpia.assessment.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.dpia.assessment.TestModels;
import se.dpia.assessment.approval.FolderContent;
import se.dpia.model.Assessment;

/** What changed between two versions of a model, matched by id. */
class ModelDiffTest {

	private static final String BEFORE = """
			  <risks id="R1" name="Obehörig tittar in" likelihood="2" severity="3" mitigations="A1"/>
			  <risks id="R2" name="Kameran går sönder" likelihood="1" severity="2"/>
			  <mitigations id="A1" name="Kryptering" risks="R1"/>
			  <review dpoOpinion="Godtagbar"/>
			""";

	private static final String AFTER = """
			  <risks id="R1" name="Obehörig tittar in" likelihood="3" severity="3"/>
			  <risks id="R3" name="Loggar sparas för länge" likelihood="2" severity="2"/>
			  <mitigations id="A1" name="Kryptering"/>
			  <review dpoOpinion="Godtagbar"/>
			""";

	@Test
	void namesElementsAddedRemovedAndChangedAttributeByAttribute() {
		Assessment before = TestModels.assessment(BEFORE);
		Assessment after = TestModels.assessment(AFTER);

		List<ElementChange> changes = ModelDiff.between(before, after);

		assertTrue(changes.contains(new ElementChange(ElementChange.Kind.CHANGED, "Risk", "R1", "Obehörig tittar in",
				List.of(new FeatureChange("likelihood", "2", "3"), new FeatureChange("mitigations", "A1", "")))), changes.toString());
		assertTrue(changes.contains(new ElementChange(ElementChange.Kind.CHANGED, "Mitigation", "A1", "Kryptering",
				List.of(new FeatureChange("risks", "R1", "")))), changes.toString());
		assertTrue(changes.contains(new ElementChange(ElementChange.Kind.REMOVED, "Risk", "R2", "Kameran går sönder", List.of())));
		assertTrue(changes.contains(new ElementChange(ElementChange.Kind.ADDED, "Risk", "R3", "Loggar sparas för länge", List.of())));
		assertEquals(4, changes.size(), changes.toString());
	}

	@Test
	void theSameModelHasNoChanges() {
		assertEquals(List.of(), ModelDiff.between(TestModels.assessment(BEFORE), TestModels.assessment(BEFORE)));
	}

	@Test
	void anElementWithoutIdIsMatchedByItsPlace() {
		List<ElementChange> changes = ModelDiff.between(TestModels.assessment(BEFORE),
				TestModels.assessment(BEFORE.replace("Godtagbar", "Inte godtagbar")));

		assertEquals(List.of(new ElementChange(ElementChange.Kind.CHANGED, "Review", "review", null,
				List.of(new FeatureChange("dpoOpinion", "Godtagbar", "Inte godtagbar")))), changes);
	}

	@Test
	void ruleFilesAreComparedLineByLine() {
		FolderContent before = new FolderContent(Map.of("a.regler", bytes("regel ett\nregel två\n"),
				"bort.regler", bytes("x\n")));
		FolderContent after = new FolderContent(Map.of("a.regler", bytes("regel ett\nregel tre\nregel fyra\n"),
				"ny.regler", bytes("y\n")));

		FolderDiff diff = FolderDiff.between(before, after);

		assertEquals(List.of(
				new FileChange(ElementChange.Kind.CHANGED, "a.regler", 2, 1, List.of("- regel två", "+ regel tre", "+ regel fyra")),
				new FileChange(ElementChange.Kind.REMOVED, "bort.regler", 0, 1, List.of("- x")),
				new FileChange(ElementChange.Kind.ADDED, "ny.regler", 1, 0, List.of("+ y"))), diff.files());
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
