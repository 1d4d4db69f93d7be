package se.dpia.app.assessments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.dpia.app.Messages;

/** Where the new assessment goes and what it starts from: an example, or empty for an organisation. */
public class NewAssessmentPage extends WizardPage {

	private final List<Path> examples;
	private Text folder;
	private Button fromExample;
	private Combo example;
	private Button empty;
	private Text organisation;
	private Text name;

	NewAssessmentPage(Path examplesFolder) {
		super("newAssessment");
		setTitle(Messages.newTitle);
		setDescription(Messages.newDescription);
		examples = examplesIn(examplesFolder);
	}

	private static List<Path> examplesIn(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(Files::isDirectory).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText(Messages.newFolder);
		folder = new Text(page, SWT.BORDER);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.newBrowse);
		browse.addListener(SWT.Selection, event -> browse());

		fromExample = new Button(page, SWT.RADIO);
		fromExample.setText(Messages.newFromExample);
		example = new Combo(page, SWT.READ_ONLY);
		example.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		examples.forEach(path -> example.add(path.getFileName().toString()));
		if (!examples.isEmpty()) {
			example.select(0);
		}

		empty = new Button(page, SWT.RADIO);
		empty.setText(Messages.newEmpty);
		empty.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
		new Label(page, SWT.NONE).setText(Messages.newOrganisation);
		organisation = new Text(page, SWT.BORDER);
		organisation.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(page, SWT.NONE).setText(Messages.newName);
		name = new Text(page, SWT.BORDER);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		boolean haveExamples = !examples.isEmpty();
		fromExample.setEnabled(haveExamples);
		fromExample.setSelection(haveExamples);
		empty.setSelection(!haveExamples);
		for (var control : List.of(folder, organisation, name)) {
			control.addListener(SWT.Modify, event -> validate());
		}
		for (var control : List.of(fromExample, empty)) {
			control.addListener(SWT.Selection, event -> validate());
		}
		setControl(page);
		validate();
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
		dialog.setText(Messages.newFolder);
		String chosen = dialog.open();
		if (chosen != null) {
			folder.setText(chosen);
		}
	}

	/** Says what is missing or wrong, and allows Finish only when nothing is. */
	private void validate() {
		boolean fromAnExample = fromExample.getSelection();
		example.setEnabled(fromAnExample);
		organisation.setEnabled(!fromAnExample);
		name.setEnabled(!fromAnExample);
		String problem = null;
		if (folder.getText().isBlank()) {
			problem = Messages.newNeedFolder;
		} else {
			try {
				NewAssessmentFolder.refuseIfNotEmpty(folder());
			} catch (IOException e) {
				problem = e.getMessage();
			}
		}
		if (problem == null && !fromAnExample && organisation.getText().isBlank()) {
			problem = Messages.newNeedOrganisation;
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	public Path folder() {
		return Path.of(folder.getText().strip()).toAbsolutePath().normalize();
	}

	/** The example chosen, or {@code null} for an empty assessment. */
	public Path example() {
		return fromExample.getSelection() && example.getSelectionIndex() >= 0 ? examples.get(example.getSelectionIndex())
				: null;
	}

	public String organisation() {
		return organisation.getText().strip();
	}

	/** The assessment's name: as given, or the folder's name. */
	public String assessmentName() {
		String given = name.getText().strip();
		return given.isEmpty() ? folder().getFileName().toString() : given;
	}

	/** For tests: fills the page as a user would. */
	public void fill(String folderText, String organisationText, String nameText, boolean startFromExample) {
		folder.setText(folderText);
		fromExample.setSelection(startFromExample);
		empty.setSelection(!startFromExample);
		organisation.setText(organisationText);
		name.setText(nameText);
		validate();
	}
}
