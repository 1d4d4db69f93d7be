package se.dpia.assessment.approval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.Assessment;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.io.FolderLayout;
import se.dpia.model.io.ModelLoadException;

/** The content hash and the DPO's approval bound to it. */
class ApprovalTest {

	static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
			    id="test" name="Kameratillsyn">
			  <risks id="R1" name="Obehörig tittar in" likelihood="2" severity="3"/>
			</dpia:Assessment>
			""";

	static final String RULES = "// regler\nsamtycke krävs\n";

	@TempDir
	Path folder;

	private Path modelFile() {
		return folder.resolve("assessment.dpia");
	}

	private void writeFolder() throws IOException {
		Files.writeString(modelFile(), MODEL);
		Files.createDirectories(folder.resolve("regler"));
		Files.writeString(folder.resolve("regler/kamera.regler"), RULES);
	}

	@Test
	void theHashCoversModelAndRulesButNotLineEndingsOutputOrSnapshot() throws IOException {
		writeFolder();
		String hash = ContentHash.of(folder);
		assertTrue(hash.matches("sha256:[0-9a-f]{64}"), hash);

		Files.writeString(folder.resolve("regler/kamera.regler"), RULES.replace("\n", "\r\n"));
		Files.createDirectories(folder.resolve("out"));
		Files.writeString(folder.resolve("out/gammal.regler"), "genererad");
		Files.createDirectories(folder.resolve(".approved"));
		Files.writeString(folder.resolve(".approved/assessment.dpia"), "ögonblicksbild");
		assertEquals(hash, ContentHash.of(folder));

		Files.writeString(folder.resolve("regler/kamera.regler"), RULES + "ny regel\n");
		assertNotEquals(hash, ContentHash.of(folder));
	}

	@Test
	void aLinkedModelFileIsCoveredByTheHashAndALinkLeadingOutIsNotRead(@TempDir Path elsewhere) throws IOException {
		Files.createDirectories(folder.resolve("modeller"));
		Path real = Files.writeString(folder.resolve("modeller/real.dpia"), MODEL);
		Files.createSymbolicLink(modelFile(), real);
		String hash = ContentHash.of(folder);

		Files.writeString(real, MODEL.replace("likelihood=\"2\"", "likelihood=\"3\""));
		assertNotEquals(hash, ContentHash.of(folder), "the linked model is content");

		Files.writeString(elsewhere.resolve("hemlig.regler"), "hemligt");
		Files.createSymbolicLink(folder.resolve("hemlig.regler"), elsewhere.resolve("hemlig.regler"));
		assertTrue(FolderLayout.filesIn(folder).contains(folder.resolve("hemlig.regler")), "listed, so loading refuses it");
		assertTrue(!FolderContent.of(folder).files().containsKey("hemlig.regler"), "but never read");
	}

	@Test
	void aChangedRiskChangesTheHash() throws IOException {
		writeFolder();
		String hash = ContentHash.of(folder);
		Files.writeString(modelFile(), MODEL.replace("likelihood=\"2\"", "likelihood=\"3\""));
		assertNotEquals(hash, ContentHash.of(folder));
	}

	@Test
	void approvingRecordsTheHashOfTheFolderAsSavedAndKeepsTheApprovedFiles() throws IOException, ModelLoadException {
		writeFolder();

		Assessment assessment = AssessmentFiles.load(modelFile());
		Approval.Recorded approval = Approval.approve(folder, modelFile(), assessment, "Dana Dataskyddsombud",
				"2026-11-24", "Godtagbar med åtgärderna");

		String before = approval.hash();
		assertEquals(before, ContentHash.of(folder), "the recorded hash is the saved folder's: recording it changes nothing");
		Assessment saved = AssessmentFiles.load(modelFile());
		assertEquals(new Approval.Recorded(before, "2026-11-24", "Dana Dataskyddsombud"), Approval.of(saved));
		assertTrue(saved.getReview().isDpoSignedOff());
		assertEquals("Godtagbar med åtgärderna", saved.getReview().getDpoOpinion());

		FolderContent snapshot = ApprovalSnapshot.read(folder);
		assertEquals(before, ContentHash.of(snapshot));
		assertArrayEquals(Files.readAllBytes(modelFile()), snapshot.files().get("assessment.dpia"));
		assertArrayEquals(RULES.getBytes(), snapshot.files().get("regler/kamera.regler"));
	}

	@Test
	void approvingAgainReplacesTheSnapshot() throws IOException, ModelLoadException {
		writeFolder();
		Approval.approve(folder, modelFile(), AssessmentFiles.load(modelFile()), "Dana", "2026-11-01", null);
		Files.delete(folder.resolve("regler/kamera.regler"));

		Approval.Recorded again = Approval.approve(folder, modelFile(), AssessmentFiles.load(modelFile()), "Dana",
				"2026-11-24", null);

		assertEquals(again.hash(), ContentHash.of(ApprovalSnapshot.read(folder)));
		assertNull(ApprovalSnapshot.read(folder).files().get("regler/kamera.regler"));
		try (var left = Files.list(folder)) {
			assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".tmp")
					|| p.getFileName().toString().endsWith(".old")).count(), "no temporary folders left");
		}
	}

	@Test
	void anAssessmentWithoutApprovedHashHasNoApproval() {
		assertNull(Approval.of(null));
	}

	@Test
	void theOpinionSignerAndDateAreCoveredByTheHash() throws IOException, ModelLoadException {
		writeFolder();
		Approval.Recorded approval = Approval.approve(folder, modelFile(), AssessmentFiles.load(modelFile()), "Dana",
				"2026-11-24", "Godtagbar");

		for (String edit : new String[] { "Godtagbar med förbehåll", "Dana:Kim", "2026-11-24:2026-12-24" }) {
			String saved = Files.readString(modelFile());
			Files.writeString(modelFile(), edit.contains(":") ? saved.replace(edit.split(":")[0] + "\"", edit.split(":")[1] + "\"")
					: saved.replace("Godtagbar\"", edit + "\""));
			assertNotEquals(approval.hash(), ContentHash.of(folder), "changed after the approval: " + edit);
			Files.writeString(modelFile(), saved);
		}
		assertEquals(approval.hash(), ContentHash.of(folder));
	}

	@Test
	void aRuleFileImportedFromAHiddenFolderIsCoveredByTheHash() throws IOException {
		writeFolder();
		Files.createDirectories(folder.resolve(".mallar"));
		Files.writeString(folder.resolve(".mallar/mall.regler"), "checklistmall Mall { punkt P \"p\" }\n");
		Files.writeString(folder.resolve("regler/kamera.regler"), "importera \"../.mallar/mall.regler\"\n" + RULES);
		String hash = ContentHash.of(folder);
		assertTrue(FolderContent.of(folder).files().containsKey(".mallar/mall.regler"), FolderContent.of(folder).files().keySet().toString());

		Files.writeString(folder.resolve(".mallar/mall.regler"), "checklistmall Mall { punkt P \"ändrad\" }\n");

		assertNotEquals(hash, ContentHash.of(folder), "the imported file changed after the approval");
	}

	@Test
	void aReapprovalStoppedBetweenItsTwoRenamesLeavesThePreviousSnapshot() throws IOException, ModelLoadException {
		writeFolder();
		Approval.Recorded first = Approval.approve(folder, modelFile(), AssessmentFiles.load(modelFile()), "Dana",
				"2026-11-01", null);
		// as a kill between "move the old snapshot aside" and "move the new one into place" leaves the folder
		Files.move(ApprovalSnapshot.folderOf(folder), folder.resolve(".approved.1234.old"));
		Files.createDirectories(folder.resolve(".approved.5678.tmp"));

		assertTrue(ApprovalSnapshot.exists(folder), "the previous snapshot is put back");
		assertEquals(first.hash(), ContentHash.of(ApprovalSnapshot.read(folder)));
	}
}
