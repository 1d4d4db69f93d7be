package se.dpia.assessment.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.approval.Approval;
import se.dpia.assessment.approval.ContentHash;
import se.dpia.model.Assessment;
import se.dpia.model.validation.ModelPaths;
import se.dpia.model.validation.Problem;

/**
 * What the DPO's approval adds to {@code check}: a warning when the folder's content hash no longer matches the
 * approved one, i.e. the model or rules changed after the approval.
 */
public final class ApprovalChecks {

	private ApprovalChecks() {
	}

	/** Adds the warning for the folder's assessment, if it was approved and has changed since. */
	public static void addTo(AssessmentFolder folder, Assessment assessment, List<Problem> problems) {
		addTo(folder, assessment, problems, Locale.getDefault());
	}

	/** The same, the message in {@code locale}. */
	public static void addTo(AssessmentFolder folder, Assessment assessment, List<Problem> problems, Locale locale) {
		Approval.Recorded approval = Approval.of(assessment);
		if (approval == null) {
			return;
		}
		String now;
		try {
			now = ContentHash.of(folder.root());
		} catch (IOException e) {
			now = CheckMessages.format(locale, IssueCodes.CHANGED_AFTER_APPROVAL + ".unreadable", e.getMessage());
		}
		if (approval.hash().equals(now)) {
			return;
		}
		Path file = folder.fileOf(assessment.eResource());
		String message = CheckMessages.format(locale, IssueCodes.CHANGED_AFTER_APPROVAL,
				approval.date() == null ? "" : CheckMessages.format(locale, IssueCodes.CHANGED_AFTER_APPROVAL + ".on", approval.date()),
				approval.signedBy() == null ? "" : " (" + approval.signedBy() + ")", ContentHash.shortForm(approval.hash()),
				ContentHash.shortForm(now), folder.root());
		problems.add(new Problem(file, 0, 0, Problem.Severity.WARNING, message, IssueCodes.CHANGED_AFTER_APPROVAL,
				ModelPaths.pathOf(assessment.getReview())));
	}
}
