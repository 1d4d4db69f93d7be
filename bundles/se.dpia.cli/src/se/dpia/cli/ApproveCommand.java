package se.dpia.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import se.dpia.compliance.Messages;
import se.dpia.compliance.approval.Approval;
import se.dpia.compliance.approval.ApprovalSnapshot;

/**
 * {@code ./dpia approve [DIR] --by NAME [--date YYYY-MM-DD] [--opinion TEXT]}: records the DPO's approval of the
 * folder's current model and rules (content hash, date, who) in the model's review and keeps the approved files.
 */
final class ApproveCommand {

	private ApproveCommand() {
	}

	static void approve(Path folder, ModelFolder model, String by, String date, String opinion, Messages messages,
			PrintStream out) throws IOException {
		Approval.Recorded approval = Approval.approve(folder, model.file(), model.assessment(), by, date, opinion);
		out.println(messages.text("approve.done", approval.signedBy(), approval.date(), approval.hash(),
				ApprovalSnapshot.folderOf(folder)));
	}
}
