package se.dpia.assessment.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.assessment.TestModels;
import se.dpia.model.Assessment;

/** The change history: from git when the folder is in a repository, else from the model. */
class ChangeHistoryTest {

	private static final Assessment MODEL = TestModels.assessment("""
			  <revisions version="0.1" date="2026-10-01" reason="Första utkast" issuer="Projektgruppen"/>
			  <revisions version="1.0" date="2026-11-01" reason="Fastställd" issuer="Socialnämnden"/>
			""");

	@Test
	void outsideGitTheHistoryIsTheModelsRevisions(@TempDir Path folder) {
		ChangeHistory history = ChangeHistory.of(folder, MODEL);

		assertEquals(ChangeHistory.Source.MODEL, history.source());
		assertEquals(List.of(new HistoryEntry("0.1", "2026-10-01", "Första utkast", "Projektgruppen"),
				new HistoryEntry("1.0", "2026-11-01", "Fastställd", "Socialnämnden")), history.entries());
	}

	@Test
	void inItsOwnRepositoryTheCommitsFollowTheModelsRevisionsOldestFirst(@TempDir Path repository) throws Exception {
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			Files.writeString(repository.resolve("assessment.dpia"), "v1");
			commit(git, "Första utkast", "Anna Andersson", "2026-10-01T10:00:00Z");
			Files.writeString(repository.resolve("assessment.dpia"), "v2");
			commit(git, "Risk R1 omvärderad\n\nEfter workshop.", "Cecilia Ek", "2026-11-02T10:00:00Z");
		}

		ChangeHistory history = ChangeHistory.of(repository, MODEL);

		assertEquals(ChangeHistory.Source.MODEL_AND_GIT, history.source());
		assertEquals(4, history.entries().size(), history.toString());
		assertEquals(List.of("0.1", "1.0"), history.entries().subList(0, 2).stream().map(HistoryEntry::version).toList());
		HistoryEntry first = history.entries().get(2);
		assertEquals(List.of("2026-10-01", "Första utkast", "Anna Andersson"), List.of(first.date(), first.reason(), first.issuer()));
		HistoryEntry last = history.entries().get(3);
		assertEquals(List.of("2026-11-02", "Risk R1 omvärderad", "Cecilia Ek"), List.of(last.date(), last.reason(), last.issuer()));
		assertEquals(7, last.version().length());
	}

	@Test
	void aFolderInsideAnotherProjectsRepositoryTakesNoCommits(@TempDir Path repository) throws Exception {
		Path folder = repository.resolve("examples/bedomning");
		Files.createDirectories(folder);
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			Files.writeString(folder.resolve("assessment.dpia"), "v1");
			commit(git, "Merge branch 'language'", "En utvecklare", "2026-10-01T10:00:00Z");
		}

		ChangeHistory history = ChangeHistory.of(folder, MODEL);

		assertEquals(ChangeHistory.Source.MODEL, history.source());
		assertEquals(List.of("0.1", "1.0"), history.entries().stream().map(HistoryEntry::version).toList());
	}

	@Test
	void anUnknownRevisionHasNoContent(@TempDir Path repository) throws Exception {
		try (Git git = Git.init().setDirectory(repository.toFile()).call()) {
			Files.writeString(repository.resolve("assessment.dpia"), "v1");
			commit(git, "Första", "Anna", "2026-10-01T10:00:00Z");
		}
		try (GitFolder git = GitFolder.open(repository)) {
			assertNull(git.contentAt("finns-inte"));
			assertEquals(List.of("assessment.dpia"), List.copyOf(git.contentAt("HEAD").files().keySet()));
		}
	}

	static void commit(Git git, String message, String author, String when) throws Exception {
		git.add().addFilepattern(".").call();
		PersonIdent ident = new PersonIdent(author, author.replace(' ', '.') + "@example.se", Instant.parse(when), ZoneOffset.UTC);
		git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).call();
	}
}
