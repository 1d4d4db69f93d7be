package se.dpia.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import se.dpia.assessment.ModelFolder;
import se.dpia.assessment.approval.Approval;
import se.dpia.assessment.approval.ApprovalSnapshot;
import se.dpia.compliance.Messages;
import se.dpia.model.io.FolderLock;

/**
 * {@code ./dpia approve [DIR] --by NAME [--date YYYY-MM-DD] [--opinion TEXT]}: records the DPO's approval of the
 * folder's current model and rules (content hash, date, who) in the model's review and keeps the approved files.
 */
final class ApproveCommand implements Command {

	/** The years an approval date may name: a sane range, where a typo such as +10000-01-01 is caught. */
	static final int MIN_YEAR = 1900;
	static final int MAX_YEAR = 2200;

	@Override
	public String name() {
		return "approve";
	}

	@Override
	public Set<String> options() {
		return Set.of("by", "date", "opinion", "lang");
	}

	@Override
	public String usage() {
		return """
				approve [DIR] --by "NAME" [--date YYYY-MM-DD] [--opinion "..."]
				                 record the DPO's approval of the current model and rules: who, when (default
				                 today), the opinion and a content hash in the model's review; the approved
				                 files are kept in DIR/.approved/ for diff
				""";
	}

	@Override
	public int run(Arguments arguments, Session session) throws Exception {
		Messages messages = Session.messages(arguments);
		String by = arguments.option("by", null);
		if (by == null || by.isBlank()) {
			throw new UsageException("approve needs the DPO's name: ./dpia approve [DIR] --by \"Name\"");
		}
		String date = arguments.option("date", LocalDate.now().toString());
		try {
			int year = LocalDate.parse(date).getYear();
			if (year < MIN_YEAR || year > MAX_YEAR) {
				throw new UsageException("--date " + date + " is outside the years " + MIN_YEAR + "–" + MAX_YEAR
						+ "; give the date of the approval, written YYYY-MM-DD");
			}
		} catch (DateTimeParseException e) {
			throw new UsageException("--date must be a date written YYYY-MM-DD, not '" + date + "'");
		}
		Path folder = session.folder(arguments);
		// read, hash, snapshot and save under the folder's lock: a decision saved meanwhile is neither lost nor unapproved
		try (FolderLock lock = FolderLock.acquire(folder)) {
			ModelFolder model = session.model(arguments);
			if (model == null) {
				return Cli.FAILED;
			}
			Approval.Recorded approval = Approval.approve(folder, model.file(), model.assessment(), by.strip(), date,
					arguments.option("opinion", null));
			session.out().println(messages.text("approve.done", approval.signedBy(), approval.date(), approval.hash(),
					ApprovalSnapshot.folderOf(folder)));
			return Cli.OK;
		}
	}
}
