package se.dpia.app.views.overview;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import se.dpia.app.Activatorless;
import se.dpia.app.Messages;
import se.dpia.app.documents.WorkbenchLanguage;
import se.dpia.app.views.ModelFollower;
import se.dpia.app.views.risks.RiskRegisterView;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.ThreatTasks;
import se.dpia.assessment.approval.Approval;
import se.dpia.assessment.approval.ContentHash;
import se.dpia.assessment.check.CheckResult;
import se.dpia.compliance.Fact;
import se.dpia.compliance.consultation.PriorConsultation;
import se.dpia.compliance.screening.CriterionResult;
import se.dpia.compliance.screening.Screening;
import se.dpia.compliance.threats.Proposal;
import se.dpia.model.Assessment;
import se.dpia.model.Risk;

/**
 * Översikt: the first thing shown when an assessment opens, and where the working group and the DPO see where it
 * stands: the screening, the problems, the threat proposals to decide (Accept, Dismiss with a reason), the prior
 * consultation, the approval and the next steps. It shows what the headless tasks compute ({@link Screening},
 * {@link ThreatTasks}, {@link PriorConsultation}, {@link Approval}, the session's {@link CheckResult}) and follows
 * the model as it is edited and saved.
 */
public class OverviewView extends ViewPart {

	public static final String ID = "se.dpia.app.overview";
	/** The data key of a proposal's buttons: the proposal's key, RULE:ELEMENT. */
	public static final String PROPOSAL = "proposal";

	private final Runnable onChecked = () -> later(this::refresh);
	private ScrolledComposite scrolled;
	private Composite content;

	@Override
	public void createPartControl(Composite parent) {
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		AssessmentSession.get().addCheckListener(onChecked);
		new ModelFollower(scrolled, assessment -> refresh());
	}

	/** Brings Översikt to the front of the active window, as the first thing shown when an assessment is opened. */
	public static void showFirst() {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null) {
			try {
				window.getActivePage().showView(ID);
			} catch (PartInitException e) {
				Activatorless.log(e.getStatus());
			}
		}
	}

	private void later(Runnable runnable) {
		if (scrolled != null && !scrolled.isDisposed()) {
			scrolled.getDisplay().asyncExec(() -> {
				if (!scrolled.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	/** Builds the page again from the model and the last check. */
	public void refresh() {
		if (content != null) {
			content.dispose();
		}
		content = new Composite(scrolled, SWT.NONE);
		content.setBackground(scrolled.getBackground());
		content.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayoutFactory.swtDefaults().margins(12, 12).spacing(6, 4).applyTo(content);
		AssessmentFolder folder = AssessmentSession.get().current();
		Assessment assessment = folder == null ? null : folder.assessment();
		if (assessment == null) {
			text(Messages.noAssessment);
		} else {
			show(folder, assessment);
		}
		scrolled.setContent(content);
		scrolled.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		content.layout(true, true);
	}

	private void show(AssessmentFolder folder, Assessment assessment) {
		se.dpia.compliance.Messages texts = se.dpia.compliance.Messages.of(WorkbenchLanguage.current().code());
		Label title = text(assessment.getName() == null ? String.valueOf(assessment.getId()) : assessment.getName());
		title.setFont(JFaceResources.getHeaderFont());
		CheckResult check = AssessmentSession.get().lastCheck();
		List<Proposal> proposals = ProposalDecisions.undecided();
		Boolean approvedUnchanged = approvedUnchanged(folder, assessment);

		heading(Messages.overviewNextSteps);
		List<String> steps = NextSteps.of(assessment, check, proposals.size(), approvedUnchanged);
		if (steps.isEmpty()) {
			text(Messages.overviewNoSteps);
		}
		steps.forEach(step -> text("\u2192 " + step));

		heading(Messages.overviewScreening);
		Screening screening = Screening.of(assessment);
		text(screening.conclusion(texts));
		for (CriterionResult result : screening.met()) {
			text(result.criterion().number() + ". " + result.criterion().title(texts) + ": " + result.explanation(texts));
			for (Fact fact : result.facts()) {
				text("      \u2022 " + fact.text(texts));
			}
		}

		heading(Messages.overviewProblems);
		Link problems = new Link(content, SWT.NONE);
		problems.setText(NLS.bind(Messages.overviewProblemCounts, check.errors(), check.warnings()));
		problems.addListener(SWT.Selection, event -> showView(IPageLayout.ID_PROBLEM_VIEW));

		heading(NLS.bind(Messages.overviewProposals, proposals.size()));
		if (proposals.isEmpty()) {
			text(Messages.overviewNoProposals);
		}
		for (Proposal proposal : proposals) {
			proposal(proposal, texts);
		}

		heading(Messages.overviewConsultation);
		List<Risk> high = PriorConsultation.risksRequiringConsultation(assessment);
		text(high.isEmpty() ? NLS.bind(Messages.overviewConsultationNotNeeded, PriorConsultation.acceptableLevel(assessment))
				: NLS.bind(Messages.overviewConsultationNeeded, high.size(),
						String.join(", ", high.stream().map(Risk::getId).toList())));

		heading(Messages.overviewApproval);
		Approval.Recorded approval = Approval.of(assessment);
		if (approval == null) {
			text(Messages.overviewNotApproved);
		} else {
			text(NLS.bind(Messages.overviewApproved, new Object[] { approval.signedBy() == null ? Messages.overviewNotStated
					: approval.signedBy(), approval.date() == null ? Messages.overviewNotStated : approval.date(),
					ContentHash.shortForm(approval.hash()) }));
			text(approvedUnchanged == null ? Messages.overviewApprovalUnreadable
					: approvedUnchanged ? Messages.overviewApprovedUnchanged : Messages.overviewChangedSinceApproval);
		}
	}

	private void proposal(Proposal proposal, se.dpia.compliance.Messages texts) {
		Composite row = new Composite(content, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
		Label what = new Label(row, SWT.WRAP);
		what.setText(proposal.title(texts) + "  (" + proposal.key() + ")\n" + proposal.reasoning(texts));
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(what);
		Button accept = new Button(row, SWT.PUSH);
		accept.setText(Messages.overviewAccept);
		accept.setData(PROPOSAL, proposal.key());
		accept.addListener(SWT.Selection, event -> decided(() -> ProposalDecisions.accept(proposal.key())));
		Button dismiss = new Button(row, SWT.PUSH);
		dismiss.setText(Messages.overviewDismiss);
		dismiss.setData(PROPOSAL, proposal.key());
		dismiss.addListener(SWT.Selection, event -> {
			InputDialog reason = new InputDialog(getSite().getShell(), Messages.overviewDismissTitle,
					NLS.bind(Messages.overviewDismissReason, proposal.title(texts)), "",
					text -> text == null || text.isBlank() ? Messages.overviewDismissNeedsReason : null);
			if (reason.open() == IDialogConstants.OK_ID) {
				decided(() -> ProposalDecisions.dismiss(proposal.key(), reason.getValue()));
			}
		});
	}

	private interface Decision {
		ThreatTasks.Outcome make() throws IOException, CoreException;
	}

	private void decided(Decision decision) {
		try {
			ThreatTasks.Outcome outcome = decision.make();
			if (outcome instanceof ThreatTasks.Accepted) {
				showView(RiskRegisterView.ID);
			}
		} catch (IOException | CoreException | RuntimeException e) {
			String message = NLS.bind(Messages.overviewDecisionFailed, e.getMessage());
			Activatorless.log(Status.error(message, e));
			MessageDialog.openError(getSite().getShell(), Messages.overviewProposalsTitle, message);
		}
		refresh();
	}

	/** Whether the folder on disk still holds what was approved; null without an approval or when unreadable. */
	private static Boolean approvedUnchanged(AssessmentFolder folder, Assessment assessment) {
		Approval.Recorded approval = Approval.of(assessment);
		if (approval == null) {
			return null;
		}
		try {
			return ContentHash.of(folder.root()).equals(approval.hash());
		} catch (IOException e) {
			return null;
		}
	}

	private void showView(String id) {
		try {
			getSite().getPage().showView(id);
		} catch (PartInitException e) {
			Activatorless.log(e.getStatus());
		}
	}

	private Label heading(String text) {
		Label label = text(text);
		label.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().indent(0, 10).applyTo(label);
		return label;
	}

	private Label text(String text) {
		Label label = new Label(content, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(800, SWT.DEFAULT).applyTo(label);
		return label;
	}

	/** The page's controls, for tests. */
	public Control content() {
		return content;
	}

	@Override
	public void setFocus() {
		scrolled.setFocus();
	}

	@Override
	public void dispose() {
		AssessmentSession.get().removeCheckListener(onChecked);
		super.dispose();
	}
}
