package se.dpia.assessment.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import se.dpia.assessment.approval.FolderContent;
import se.dpia.model.io.FolderLayout;

/** An assessment folder inside a git repository, read with JGit: its commits and its content at a revision. */
public final class GitFolder implements AutoCloseable {

	private final Repository repository;
	private final String path;

	private GitFolder(Repository repository, String path) {
		this.repository = repository;
		this.path = path;
	}

	/** The folder's repository, or null if the folder is not inside a git work tree. */
	public static GitFolder open(Path folder) throws IOException {
		Path absolute = folder.toAbsolutePath().normalize();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(absolute.toFile());
		if (builder.getGitDir() == null) {
			return null;
		}
		Repository repository = builder.setMustExist(true).build();
		if (repository.isBare()) {
			repository.close();
			return null;
		}
		Path top = repository.getWorkTree().toPath().toRealPath();
		String relative = top.relativize(absolute.toRealPath()).toString().replace('\\', '/');
		return new GitFolder(repository, relative);
	}

	/** Whether the folder is the top of the repository's work tree, i.e. the repository is the assessment's own. */
	public boolean isRepositoryTop() {
		return path.isEmpty();
	}

	/** One commit that touched the folder. */
	public record Commit(String id, LocalDate date, String author, String message) {
	}

	/** The commits that touched the folder, newest first. */
	public List<Commit> commits() throws IOException {
		List<Commit> commits = new ArrayList<>();
		if (repository.resolve("HEAD") == null) {
			return commits; // a repository without commits yet
		}
		try (Git git = new Git(repository)) {
			var log = git.log();
			if (!path.isEmpty()) {
				log.addPath(path);
			}
			for (RevCommit commit : log.call()) {
				PersonIdent author = commit.getAuthorIdent();
				LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()),
						author.getZoneId() == null ? ZoneId.systemDefault() : author.getZoneId());
				commits.add(new Commit(commit.abbreviate(7).name(), date, author.getName(), commit.getShortMessage()));
			}
		} catch (GitAPIException e) {
			throw new IOException("cannot read the git history of " + path + ": " + e.getMessage(), e);
		}
		return commits;
	}

	/** The folder's content at a revision (a commit id, branch, tag or expression like HEAD~1), or null if unknown. */
	public FolderContent contentAt(String revision) throws IOException {
		ObjectId id;
		try {
			id = repository.resolve(revision);
		} catch (RevisionSyntaxException e) {
			return null;
		}
		if (id == null) {
			return null;
		}
		Map<String, byte[]> files = new TreeMap<>();
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit commit = walk.parseCommit(id);
			try (TreeWalk tree = new TreeWalk(repository)) {
				tree.addTree(commit.getTree());
				tree.setRecursive(true);
				if (!path.isEmpty()) {
					tree.setFilter(PathFilter.create(path));
				}
				String prefix = path.isEmpty() ? "" : path + "/";
				while (tree.next()) {
					String relative = tree.getPathString().substring(prefix.length());
					if (FolderLayout.isContent(relative)) {
						files.put(relative, repository.open(tree.getObjectId(0)).getBytes());
					}
				}
			}
		} catch (org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
			return null; // not a commit
		}
		return new FolderContent(files);
	}

	@Override
	public void close() {
		repository.close();
	}
}
