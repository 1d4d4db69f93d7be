package se.dpia.assessment;

import java.io.IOException;
import java.nio.file.Path;

import se.dpia.assessment.approval.Approval;
import se.dpia.assessment.approval.ApprovalSnapshot;
import se.dpia.assessment.approval.ContentHash;
import se.dpia.assessment.approval.FolderContent;
import se.dpia.assessment.diff.FolderDiff;
import se.dpia.assessment.history.GitFolder;

/**
 * What changed in an assessment folder since the DPO's approval (against the approved files kept in
 * {@code .approved/}) or since a git revision of the folder.
 *
 * @param diff the elements and rule-file lines added, removed and changed
 * @param approval the approval compared with; null for a revision
 * @param snapshotMatchesApproval false when the kept files no longer hash to what the approval recorded
 */
public record Comparison(FolderDiff diff, Approval.Recorded approval, boolean snapshotMatchesApproval) {

	/** Why a comparison could not be made, in words for the user with what to do. */
	public static final class Impossible extends Exception {

		private static final long serialVersionUID = 1L;

		public Impossible(String message) {
			super(message);
		}
	}

	/** The changes since the approval recorded in the model of the folder (named in messages as given). */
	public static Comparison sinceApproved(Path folder, ModelFolder model) throws IOException, Impossible {
		Approval.Recorded approval = Approval.of(model.assessment());
		if (approval == null) {
			throw new Impossible(folder + " has no DPO approval yet; approve it first with ./dpia approve " + folder + " --by NAME");
		}
		if (!ApprovalSnapshot.exists(folder)) {
			throw new Impossible("the approved files " + ApprovalSnapshot.folderOf(folder)
					+ " are missing, so there is nothing to compare with; restore them (e.g. from git) or approve again with ./dpia approve "
					+ folder + " --by NAME");
		}
		FolderContent approved = ApprovalSnapshot.read(folder);
		return new Comparison(FolderDiff.between(approved, FolderContent.of(folder)), approval,
				ContentHash.of(approved).equals(approval.hash()));
	}

	/** The changes since a git revision of the folder (commit id, branch, tag, {@code HEAD~1}). */
	public static Comparison sinceRevision(Path folder, String revision) throws IOException, Impossible {
		try (GitFolder git = GitFolder.open(folder)) {
			if (git == null) {
				throw new Impossible(folder + " is not inside a git repository, so there is no revision " + revision
						+ " to compare with; use --since approved, or put the folder under git");
			}
			FolderContent then = git.contentAt(revision);
			if (then == null) {
				throw new Impossible("no revision '" + revision + "' in the git repository of " + folder
						+ "; give a commit id, branch or tag (git log -- " + folder + " lists the commits)");
			}
			return new Comparison(FolderDiff.between(then, FolderContent.of(folder)), null, true);
		}
	}
}
