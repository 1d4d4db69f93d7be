package se.dpia.app.dpo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.osgi.util.NLS;

import se.dpia.app.Messages;
import se.dpia.app.views.SessionSave;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.approval.Approval;
import se.dpia.assessment.check.CheckResult;
import se.dpia.model.Assessment;
import se.dpia.model.validation.Problem;

/**
 * The DPO's approval from the workbench, as {@code ./dpia approve} records it ({@link Approval#approve}): refused
 * while the check finds errors, made on the saved folder, recorded through the session's command stack so every view
 * shows it, and saved.
 */
public final class DpoApproval {

	private DpoApproval() {
	}

	/** Why the open assessment can't be approved now, or null when it can; unsaved changes count as saved. */
	public static String refusal() {
		AssessmentFolder folder = AssessmentSession.get().current();
		if (folder == null || folder.assessment() == null) {
			return Messages.generateNothingOpen;
		}
		CheckResult check = AssessmentSession.get().lastCheck();
		if (check.hasErrors()) {
			String errors = check.problems().stream().filter(Problem::isError).limit(5)
					.map(problem -> "\u2022 " + problem.message()).collect(Collectors.joining("\n"));
			return NLS.bind(Messages.approveRefused, check.errors(), errors);
		}
		return null;
	}

	/**
	 * Saves what is open, checks it and, without errors, records the approval.
	 *
	 * @return null when approved, else why not (in words for the user)
	 */
	public static String approve(String by, String date, String opinion) throws IOException, CoreException {
		AssessmentSession session = AssessmentSession.get();
		if (SessionSave.isDirty()) {
			session.save(); // the approval binds the folder's files: they must hold what the DPO sees
		}
		String refusal = refusal();
		if (refusal != null) {
			return refusal;
		}
		AssessmentFolder folder = session.current();
		Assessment assessment = folder.assessment();
		IOException[] failure = new IOException[1];
		ChangeCommand command = new ChangeCommand(assessment.eResource()) {
			@Override
			protected void doExecute() {
				try {
					Approval.approve(folder.root(), folder.fileOf(assessment.eResource()), assessment, by.strip(), date,
							opinion == null || opinion.isBlank() ? null : opinion.strip());
				} catch (IOException e) {
					failure[0] = e;
				}
			}
		};
		session.editingDomain().getCommandStack().execute(command);
		if (failure[0] != null) {
			throw failure[0];
		}
		session.save();
		return null;
	}

	/** Whether a date is written YYYY-MM-DD, as the model keeps dates. */
	public static boolean isDate(String text) {
		try {
			LocalDate.parse(text.strip());
			return true;
		} catch (RuntimeException e) {
			return false;
		}
	}
}
