package se.dpia.app.assessments;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.wizard.Wizard;

import se.dpia.app.Messages;
import se.dpia.app.views.overview.OverviewView;
import se.dpia.app.workspace.AssessmentSession;

/**
 * Starts an assessment in a new folder, from a bundled example or empty with SKR's checklists, and opens it in
 * the workbench.
 */
public class NewAssessmentWizard extends Wizard {

	private final NewAssessmentPage page;

	public NewAssessmentWizard(Path examples) {
		setWindowTitle(Messages.newTitle);
		page = new NewAssessmentPage(examples);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		if (!UnsavedChanges.settleBeforeClosing(getShell())) {
			return false;
		}
		Path folder = page.folder();
		try {
			if (page.example() != null) {
				NewAssessmentFolder.fromExample(page.example(), folder);
			} else {
				NewAssessmentFolder.empty(folder, page.organisation(), page.assessmentName());
			}
		} catch (IOException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		AssessmentSession.get().open(folder);
		OverviewView.showFirst();
		return true;
	}

	public NewAssessmentPage page() {
		return page;
	}
}
