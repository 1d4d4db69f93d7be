package se.dpia.assessment.approval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.xmi.XMLResource;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.Review;
import se.dpia.model.io.AssessmentFiles;

/**
 * The DPO's approval (godkännande) bound to a version: the review records who signed, when, the opinion and the
 * {@linkplain ContentHash content hash}; the approved files are kept in the {@linkplain ApprovalSnapshot snapshot}.
 */
public final class Approval {

	private Approval() {
	}

	/** What an approval recorded: null fields where the model has none. */
	public record Recorded(String hash, String date, String signedBy) {
	}

	/** The approval recorded in an assessment, or null if it has none (no approved hash). */
	public static Recorded of(Assessment assessment) {
		Review review = assessment == null ? null : assessment.getReview();
		if (review == null || review.getApprovedHash() == null || review.getApprovedHash().isBlank()) {
			return null;
		}
		return new Recorded(review.getApprovedHash(), review.getSignOffDate(), review.getSignedBy());
	}

	/**
	 * Records the approval in the model of {@code modelFile} (the folder's first model file), writes the snapshot and
	 * saves the model, both atomically. The snapshot is written first: if the model save then fails, the model still
	 * shows the previous approval and approving again repairs it.
	 *
	 * @param opinion the DPO's opinion, or null to keep the one in the model
	 * @return the recorded approval
	 */
	public static Recorded approve(Path folder, Path modelFile, Assessment assessment, String by, String date,
			String opinion) throws IOException {
		Review review = assessment.getReview();
		if (review == null) {
			review = DpiaFactory.eINSTANCE.createReview();
			assessment.setReview(review);
		}
		review.setDpoSignedOff(true);
		review.setSignOffDate(date);
		review.setSignedBy(by);
		if (opinion != null) {
			review.setDpoOpinion(opinion);
		}
		// the hash covers the folder as it will be saved: with who signed, when and the opinion
		String model = folder.relativize(modelFile).toString().replace('\\', '/');
		Map<String, byte[]> files = new TreeMap<>(FolderContent.of(folder).files());
		files.put(model, saved(assessment));
		String hash = ContentHash.of(new FolderContent(files));
		review.setApprovedHash(hash);
		files.put(model, saved(assessment));
		ApprovalSnapshot.write(folder, files);
		AssessmentFiles.save(assessment.eResource(), modelFile);
		return new Recorded(hash, date, by);
	}

	/** The model as {@link AssessmentFiles#save} writes it. */
	private static byte[] saved(Assessment assessment) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assessment.eResource().save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100,
				XMLResource.OPTION_LINE_DELIMITER, "\n"));
		return out.toByteArray();
	}
}
