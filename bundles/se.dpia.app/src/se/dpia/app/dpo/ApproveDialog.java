package se.dpia.app.dpo;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.dpia.app.Messages;

/** Who approves, on which date, and the DPO's opinion; OK only with a name and a valid date. */
public class ApproveDialog extends TitleAreaDialog {

	private final String previousBy;
	private final String previousOpinion;
	private Text by;
	private Text date;
	private Text opinion;
	private String byValue;
	private String dateValue;
	private String opinionValue;

	public ApproveDialog(Shell shell, String previousBy, String previousOpinion) {
		super(shell);
		this.previousBy = previousBy == null ? "" : previousBy;
		this.previousOpinion = previousOpinion == null ? "" : previousOpinion;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.approveTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.approveTitle);
		setMessage(Messages.approveDescription);
		Composite fields = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		by = field(fields, Messages.approveBy, previousBy, SWT.BORDER);
		date = field(fields, Messages.approveDate, LocalDate.now().toString(), SWT.BORDER);
		opinion = field(fields, Messages.approveOpinion, previousOpinion, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 120).applyTo(opinion);
		by.addModifyListener(event -> validate());
		date.addModifyListener(event -> validate());
		return area;
	}

	private static Text field(Composite parent, String label, String value, int style) {
		Label name = new Label(parent, SWT.NONE);
		name.setText(label);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(name);
		Text text = new Text(parent, style);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.approveButton, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		String problem = by.getText().isBlank() ? Messages.approveNeedsName
				: !DpoApproval.isDate(date.getText()) ? Messages.approveNeedsDate : null;
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		byValue = by.getText().strip();
		dateValue = date.getText().strip();
		opinionValue = opinion.getText();
		super.okPressed();
	}

	public String by() {
		return byValue;
	}

	public String date() {
		return dateValue;
	}

	public String opinion() {
		return opinionValue;
	}
}
