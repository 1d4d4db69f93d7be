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
		assertTrue(FolderContent.filesIn(folder).contains(folder.resolve("hemlig.regler")), "listed, so loading refuses it");
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
	void approvingRecordsTheHashAndKeepsTheApprovedFilesWithoutChangingTheHash() throws IOException, ModelLoadException {
		writeFolder();
		String before = ContentHash.of(folder);

		Assessment assessment = AssessmentFiles.load(modelFile());
		Approval.Recorded approval = Approval.approve(folder, modelFile(), assessment, "Dana Dataskyddsombud",
				"2026-11-24", "Godtagbar med åtgärderna");

		assertEquals(before, approval.hash());
		assertEquals(before, ContentHash.of(folder), "recording the approval must not change the hash");
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
}
