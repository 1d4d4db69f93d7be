package se.dpia.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import se.dpia.assessment.Comparison;
import se.dpia.assessment.ModelFolder;
import se.dpia.assessment.approval.ApprovalSnapshot;
import se.dpia.assessment.approval.ContentHash;
import se.dpia.assessment.diff.DiffTexts;
import se.dpia.assessment.diff.ElementChange;
import se.dpia.assessment.diff.FileChange;
import se.dpia.assessment.diff.FolderDiff;
import se.dpia.compliance.Messages;

/**
 * {@code ./dpia diff [DIR] --since REV|approved}: prints what changed, element by element in the DPO's words
 * (kind, id, name; each changed attribute old → new), then the rule files.
 */
final class DiffCommand implements Command {

	@Override
	public String name() {
		return "diff";
	}

	@Override
	public Set<String> options() {
		return Set.of("since", "lang");
	}

	@Override
	public String usage() {
		return """
				diff [DIR] --since approved|REV [--lang sv|en]
				                 list what changed since the DPO's approval, or since a git revision of the
				                 folder (commit id, branch, tag, HEAD~1): elements added, removed and changed
				                 (attribute by attribute, old -> new) and rule files; exit 0 when it could compare
				""";
	}

	@Override
	public int run(Arguments arguments, Session session) throws Exception {
		Messages messages = Session.messages(arguments);
		String since = arguments.option("since", null);
		if (since == null || since.isBlank()) {
			throw new UsageException("diff needs --since approved (the DPO's approval) or --since REV (a git revision)");
		}
		ModelFolder model = session.model(arguments);
		if (model == null) {
			return Cli.FAILED;
		}
		Path folder = session.folder(arguments);
		try {
			if (since.equals("approved")) {
				Comparison comparison = Comparison.sinceApproved(folder, model);
				var approval = comparison.approval();
				String who = approval.signedBy() == null ? ContentHash.shortForm(approval.hash())
						: approval.signedBy() + ", " + ContentHash.shortForm(approval.hash());
				print(messages.text("diff.sinceApproved", model.title(), approval.date(), who), comparison.diff(), messages,
						session.out());
				if (!comparison.snapshotMatchesApproval()) {
					session.err().println("dpia: " + messages.text("diff.snapshotMismatch", ApprovalSnapshot.folderOf(folder)));
				}
			} else {
				Comparison comparison = Comparison.sinceRevision(folder, since);
				print(messages.text("diff.sinceRevision", model.title(), since), comparison.diff(), messages, session.out());
			}
			return Cli.OK;
		} catch (Comparison.Impossible e) {
			session.err().println("dpia: " + e.getMessage());
			return Cli.FAILED;
		}
	}

	private static void print(String heading, FolderDiff diff, Messages messages, PrintStream out) {
		out.println(heading);
		if (diff.isEmpty()) {
			out.println(messages.text("diff.none"));
			return;
		}
		for (ElementChange change : diff.elements()) {
			out.println(DiffTexts.element(change, messages));
			DiffTexts.features(change, messages).forEach(line -> out.println("   " + line));
		}
		if (!diff.files().isEmpty()) {
			out.println(messages.text("diff.rules"));
			for (FileChange file : diff.files()) {
				out.println(DiffTexts.file(file, messages));
				file.lines().forEach(line -> out.println("   " + line));
			}
		}
	}
}
