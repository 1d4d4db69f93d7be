package se.dpia.assessment.approval;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaPackage;
import se.dpia.model.Review;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.io.FolderLayout;

/**
 * The content hash that an approval records: SHA-256 over the folder's {@linkplain FolderContent content}, in path
 * order, with line endings normalised to LF. A model file is hashed as the model it holds, saved again without the
 * recorded hash itself (the DPO's sign-off, date, name and opinion are hashed: {@link Approval} sets them before it
 * hashes); a model file that does not load is hashed as text.
 */
public final class ContentHash {

	/**
	 * The review's field that the approval itself writes, left out of the hash: the hash. Who signed, when, and the
	 * opinion are hashed, so changing them after the approval shows as a change.
	 */
	public static final List<EAttribute> APPROVAL_FIELDS = List.of(DpiaPackage.Literals.REVIEW__APPROVED_HASH);

	private static final String PREFIX = "sha256:";

	private ContentHash() {
	}

	/** The hash of an assessment folder as it is on disk. */
	public static String of(Path folder) throws IOException {
		return of(FolderContent.of(folder));
	}

	/** The hash of a folder's content, e.g. the approved snapshot or a git revision. */
	public static String of(FolderContent content) {
		MessageDigest digest = sha256();
		for (Map.Entry<String, byte[]> file : content.files().entrySet()) {
			byte[] canonical = FolderLayout.isModel(file.getKey()) ? canonicalModel(file.getKey(), file.getValue())
					: normalised(file.getValue());
			digest.update((file.getKey() + "\n" + canonical.length + "\n").getBytes(StandardCharsets.UTF_8));
			digest.update(canonical);
		}
		return PREFIX + HexFormat.of().formatHex(digest.digest());
	}

	/** A hash shortened for messages: the algorithm and the first 12 hex digits. */
	public static String shortForm(String hash) {
		return hash == null || hash.length() <= PREFIX.length() + 12 ? hash : hash.substring(0, PREFIX.length() + 12);
	}

	/** Loads a model from bytes into its own resource set; null if it does not load. */
	public static Assessment loadModel(String path, byte[] bytes) {
		ResourceSet resourceSet = AssessmentFiles.prepare(new ResourceSetImpl());
		Resource resource = resourceSet.createResource(URI.createURI("content:/model" + FolderLayout.MODEL_EXTENSION));
		try {
			resource.load(new ByteArrayInputStream(bytes), AssessmentFiles.loadOptions());
		} catch (IOException | RuntimeException e) {
			return null;
		}
		return resource.getErrors().isEmpty() && !resource.getContents().isEmpty()
				&& resource.getContents().get(0) instanceof Assessment assessment ? assessment : null;
	}

	private static byte[] canonicalModel(String path, byte[] bytes) {
		Assessment assessment = loadModel(path, bytes);
		if (assessment == null) {
			return normalised(bytes);
		}
		Review review = assessment.getReview();
		if (review != null) {
			APPROVAL_FIELDS.forEach(review::eUnset);
			if (review.eClass().getEAllStructuralFeatures().stream().noneMatch(review::eIsSet)) {
				assessment.setReview(null); // a review the approval created holds nothing else
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			assessment.eResource().save(out, java.util.Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
					XMLResource.OPTION_LINE_DELIMITER, "\n"));
		} catch (IOException e) {
			return normalised(bytes); // cannot happen for an in-memory stream
		}
		return out.toByteArray();
	}

	private static byte[] normalised(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n')
				.getBytes(StandardCharsets.UTF_8);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JVM has no SHA-256", e);
		}
	}
}
