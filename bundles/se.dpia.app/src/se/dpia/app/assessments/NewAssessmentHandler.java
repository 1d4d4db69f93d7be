package se.dpia.app.assessments;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import se.dpia.app.documents.ProductFolders;

/** File ▸ New assessment…: the new-assessment wizard. */
public class NewAssessmentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		new WizardDialog(HandlerUtil.getActiveShellChecked(event), new NewAssessmentWizard(ProductFolders.examples()))
				.open();
		return null;
	}
}
