package se.dpia.assessment.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.approval.Approval;
import se.dpia.assessment.approval.ApprovalSnapshot;
import se.dpia.assessment.approval.ContentHash;
import se.dpia.assessment.approval.FolderContent;
import se.dpia.assessment.diff.ElementChange;
import se.dpia.assessment.diff.ModelDiff;
import se.dpia.model.Assessment;
import se.dpia.model.Risk;
import se.dpia.model.risk.RiskLevels;
import se.dpia.model.validation.Problem;

/**
 * What the DPO's approval adds to {@code check}: a warning when the folder's content hash no longer matches the
 * approved one, i.e. the model or rules changed after the approval; and, since a sign-off covers only what the DPO
 * saw, an error for each risk above the acceptable level that was added or changed after it.
 */
public final class ApprovalChecks {

	private ApprovalChecks() {
	}

	/**
	 * Adds the warning for the folder's assessment, if it was approved and has changed since, the message in
	 * {@code locale} and its advice in the words of {@code next}.
	 */
	public static void addTo(AssessmentFolder folder, Assessment assessment, List<Problem> problems, Locale locale,
			NextSteps next) {
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
				ContentHash.shortForm(now), next.seeChangesSinceApproval(folder.root(), locale),
				next.approveAgain(folder.root(), locale));
		problems.add(ModelProblems.at(file, assessment.getReview(), assessment, Problem.Severity.WARNING, message,
				IssueCodes.CHANGED_AFTER_APPROVAL));
		addRisksNotSignedOff(folder, assessment, approval, file, problems, locale, next);
	}

	/**
	 * The DPO's sign-off covers exactly what was approved: a risk that is above the acceptable level and was added
	 * or changed after the approval (compared with the approved snapshot in {@code .approved/}) is an error
	 * {@code residual-risk-without-dpo-sign-off}, as if there were no sign-off. Without a snapshot nothing can be
	 * told apart, and the warning above stands alone.
	 */
	private static void addRisksNotSignedOff(AssessmentFolder folder, Assessment assessment, Approval.Recorded approval,
			Path file, List<Problem> problems, Locale locale, NextSteps next) {
		if (assessment.getReview() == null || !assessment.getReview().isDpoSignedOff()
				|| !ApprovalSnapshot.exists(folder.root())) {
			return;
		}
		Assessment approved;
		try {
			FolderContent snapshot = ApprovalSnapshot.read(folder.root());
			String model = snapshot.firstModel();
			approved = model == null ? null : ContentHash.loadModel(model, snapshot.files().get(model));
		} catch (IOException e) {
			approved = null;
		}
		Set<String> changed = new HashSet<>();
		if (approved != null) {
			for (ElementChange change : ModelDiff.between(approved, assessment)) {
				if (change.kind() != ElementChange.Kind.REMOVED && change.type().equals("Risk")) {
					changed.add(change.id());
				}
			}
		}
		for (Risk risk : assessment.getRisks()) {
			if (RiskLevels.isAboveAcceptable(risk) && (approved == null || changed.contains(risk.getId()))) {
				String message = CheckMessages.format(locale, "risk-not-covered-by-approval", risk.getId(), risk.getName(),
						RiskLevels.remaining(risk), RiskLevels.scaleOf(risk).acceptableLevel(),
						approval.date() == null ? "" : CheckMessages.format(locale, IssueCodes.CHANGED_AFTER_APPROVAL + ".on", approval.date()),
						next.approveAgain(folder.root(), locale));
				problems.add(ModelProblems.at(file, risk, assessment, Problem.Severity.ERROR, message,
						se.dpia.model.validation.IssueCodes.RESIDUAL_RISK_WITHOUT_DPO_SIGN_OFF));
			}
		}
	}
}
