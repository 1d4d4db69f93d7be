package se.dpia.compliance.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.dpia.model.Assessment;
import se.dpia.model.Revision;

/**
 * The change history of an assessment for its documents: from the git history of the assessment folder when it is
 * in a git repository with commits touching it, otherwise from the model's {@code revisions}. Oldest first.
 */
public record ChangeHistory(Source source, List<HistoryEntry> entries) {

	/** Where the history came from. */
	public enum Source {
		GIT, MODEL
	}

	public ChangeHistory {
		entries = List.copyOf(entries);
	}

	/**
	 * The history of the assessment in {@code folder}; {@code folder} may be null (then the model's). A git
	 * repository that can't be read falls back to the model, so documents are always written.
	 */
	public static ChangeHistory of(Path folder, Assessment assessment) {
		if (folder != null) {
			try (GitFolder git = GitFolder.open(folder)) {
				if (git != null) {
					List<HistoryEntry> entries = new ArrayList<>();
					for (GitFolder.Commit commit : git.commits().reversed()) {
						entries.add(new HistoryEntry(commit.id(), commit.date().toString(), commit.message(), commit.author()));
					}
					if (!entries.isEmpty()) {
						return new ChangeHistory(Source.GIT, entries);
					}
				}
			} catch (IOException | RuntimeException e) {
				// not readable as git (e.g. a worktree JGit does not understand): the model's history
			}
		}
		return fromModel(assessment);
	}

	/** The model's own revisions, in their order. */
	public static ChangeHistory fromModel(Assessment assessment) {
		List<HistoryEntry> entries = new ArrayList<>();
		if (assessment != null) {
			for (Revision revision : assessment.getRevisions()) {
				entries.add(new HistoryEntry(revision.getVersion(), revision.getDate(), revision.getReason(),
						revision.getIssuer()));
			}
		}
		return new ChangeHistory(Source.MODEL, entries);
	}
}
