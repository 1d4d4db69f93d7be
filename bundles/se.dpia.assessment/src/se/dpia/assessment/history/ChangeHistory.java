package se.dpia.assessment.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.dpia.model.Assessment;
import se.dpia.model.Revision;

/**
 * The change history of an assessment for its documents: the model's {@code revisions}, then, when the assessment
 * folder is the top of its own git repository (a municipality's assessment repository), the commits that touched
 * it, oldest first. A folder inside some other repository (e.g. this project's examples) takes no commits: those are
 * the enclosing project's history, not the assessment's.
 */
public record ChangeHistory(Source source, List<HistoryEntry> entries) {

	/** Where the history came from. */
	public enum Source {
		/** The model's revisions only. */
		MODEL,
		/** The model's revisions and the commits of the assessment's own repository. */
		MODEL_AND_GIT
	}

	public ChangeHistory {
		entries = List.copyOf(entries);
	}

	/**
	 * The history of the assessment in {@code folder}; {@code folder} may be null (then the model's). A git
	 * repository that can't be read adds nothing, so documents are always written.
	 */
	public static ChangeHistory of(Path folder, Assessment assessment) {
		ChangeHistory model = fromModel(assessment);
		if (folder == null) {
			return model;
		}
		try (GitFolder git = GitFolder.open(folder)) {
			if (git == null || !git.isRepositoryTop()) {
				return model;
			}
			List<HistoryEntry> entries = new ArrayList<>(model.entries());
			for (GitFolder.Commit commit : git.commits().reversed()) {
				entries.add(new HistoryEntry(commit.id(), commit.date().toString(), commit.message(), commit.author()));
			}
			return entries.size() == model.entries().size() ? model : new ChangeHistory(Source.MODEL_AND_GIT, entries);
		} catch (IOException | RuntimeException e) {
			return model; // not readable as git (e.g. a worktree JGit does not understand): the model's history
		}
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
