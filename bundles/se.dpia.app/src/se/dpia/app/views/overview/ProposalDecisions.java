package se.dpia.app.views.overview;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import se.dpia.app.documents.WorkbenchLanguage;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.ModelFolder;
import se.dpia.assessment.ThreatTasks;
import se.dpia.compliance.Messages;
import se.dpia.compliance.threats.Proposal;
import se.dpia.model.Assessment;

/**
 * The working group's decisions on threat proposals, made in the workbench's model: {@link ThreatTasks} decides (as
 * {@code ./dpia threats --accept/--dismiss} does) inside a {@link ChangeCommand} on the session's command stack, so
 * every view follows and Undo takes the decision back; then the session saves, because a decision is saved in the
 * model file at once (any edit not yet saved is saved with it, as File ▸ Save would).
 */
public final class ProposalDecisions {

	private ProposalDecisions() {
	}

	/** The open assessment's proposals not yet decided; empty when nothing is open. */
	public static List<Proposal> undecided() {
		ModelFolder model = model();
		return model == null ? List.of() : ThreatTasks.undecided(model);
	}

	/** Accepts the proposal as a new risk of the register and saves. */
	public static ThreatTasks.Outcome accept(String key) throws IOException, CoreException {
		Messages messages = Messages.of(WorkbenchLanguage.current().code());
		return decide(model -> ThreatTasks.accept(model, key, messages, LocalDate.now().toString()));
	}

	/** Dismisses the proposal with the reason and saves. */
	public static ThreatTasks.Outcome dismiss(String key, String reason) throws IOException, CoreException {
		return decide(model -> ThreatTasks.dismiss(model, key, reason, LocalDate.now().toString()));
	}

	private interface Decision {
		ThreatTasks.Outcome on(ModelFolder model) throws IOException;
	}

	private static ThreatTasks.Outcome decide(Decision decision) throws IOException, CoreException {
		AssessmentSession session = AssessmentSession.get();
		ModelFolder model = model();
		AdapterFactoryEditingDomain domain = session.editingDomain();
		if (model == null || domain == null) {
			throw new IllegalStateException("no assessment is open");
		}
		ThreatTasks.Outcome[] outcome = new ThreatTasks.Outcome[1];
		IOException[] failure = new IOException[1];
		// the stack logs and swallows what a command throws, so the failure is handed out beside it
		ChangeCommand command = new ChangeCommand(model.assessment().eResource()) {
			@Override
			protected void doExecute() {
				try {
					outcome[0] = decision.on(model);
				} catch (IOException e) {
					failure[0] = e;
				}
			}
		};
		domain.getCommandStack().execute(command);
		if (failure[0] != null) {
			throw failure[0];
		}
		session.save();
		return outcome[0];
	}

	/** The open folder's first model as the threat tasks take it: the session's loaded model and its file. */
	private static ModelFolder model() {
		AssessmentFolder folder = AssessmentSession.get().current();
		Assessment assessment = folder == null ? null : folder.assessment();
		return assessment == null ? null : new ModelFolder(folder.fileOf(assessment.eResource()), assessment);
	}
}
