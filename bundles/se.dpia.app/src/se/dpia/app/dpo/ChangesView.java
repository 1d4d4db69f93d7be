package se.dpia.app.dpo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;

import se.dpia.app.documents.WorkbenchLanguage;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.Comparison;
import se.dpia.assessment.ModelFolder;
import se.dpia.assessment.approval.ApprovalSnapshot;
import se.dpia.assessment.approval.ContentHash;
import se.dpia.assessment.diff.DiffTexts;
import se.dpia.assessment.diff.ElementChange;
import se.dpia.assessment.diff.FileChange;
import se.dpia.compliance.Messages;

/**
 * Ändringar sedan godkännandet: what changed in the saved folder since the DPO's approval, as
 * {@code ./dpia diff --since approved} lists it ({@link Comparison#sinceApproved}): each element added, removed or
 * changed, with its changed attributes old → new, then the rule files' lines. Follows every save.
 */
public class ChangesView extends ViewPart {

	public static final String ID = "se.dpia.app.changes";

	private final Runnable onChecked = () -> later(this::refresh);
	private final java.util.function.Consumer<AssessmentFolder> onOpen = folder -> later(this::refresh);
	private Label heading;
	private Tree tree;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout());
		heading = new Label(parent, SWT.WRAP);
		heading.setFont(JFaceResources.getBannerFont());
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		tree = new Tree(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		AssessmentSession.get().addCheckListener(onChecked);
		AssessmentSession.get().addListener(onOpen);
		refresh();
	}

	private void later(Runnable runnable) {
		if (tree != null && !tree.isDisposed()) {
			tree.getDisplay().asyncExec(() -> {
				if (!tree.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	/** Compares the saved folder with the approved files again. */
	public void refresh() {
		tree.removeAll();
		Messages messages = Messages.of(WorkbenchLanguage.current().code());
		AssessmentFolder folder = AssessmentSession.get().current();
		if (folder == null || folder.assessment() == null) {
			heading.setText(se.dpia.app.Messages.noAssessment);
			return;
		}
		ModelFolder model = new ModelFolder(folder.fileOf(folder.assessment().eResource()), folder.assessment());
		try {
			Comparison comparison = Comparison.sinceApproved(folder.root(), model);
			var approval = comparison.approval();
			String who = approval.signedBy() == null ? ContentHash.shortForm(approval.hash())
					: approval.signedBy() + ", " + ContentHash.shortForm(approval.hash());
			heading.setText(messages.text("diff.sinceApproved", model.title(), approval.date(), who)
					+ (comparison.snapshotMatchesApproval() ? ""
							: "\n" + messages.text("diff.snapshotMismatch", ApprovalSnapshot.FOLDER)));
			if (comparison.diff().isEmpty()) {
				new TreeItem(tree, SWT.NONE).setText(messages.text("diff.none"));
			}
			for (ElementChange change : comparison.diff().elements()) {
				TreeItem item = new TreeItem(tree, SWT.NONE);
				item.setText(DiffTexts.element(change, messages));
				for (String line : DiffTexts.features(change, messages)) {
					new TreeItem(item, SWT.NONE).setText(line);
				}
				item.setExpanded(true);
			}
			if (!comparison.diff().files().isEmpty()) {
				TreeItem rules = new TreeItem(tree, SWT.NONE);
				rules.setText(messages.text("diff.rules"));
				for (FileChange file : comparison.diff().files()) {
					TreeItem item = new TreeItem(rules, SWT.NONE);
					item.setText(DiffTexts.file(file, messages));
					file.lines().forEach(line -> new TreeItem(item, SWT.NONE).setText(line));
					item.setExpanded(true);
				}
				rules.setExpanded(true);
			}
		} catch (Comparison.Impossible e) {
			heading.setText(se.dpia.app.Messages.changesNotApproved);
		} catch (IOException e) {
			heading.setText(e.getMessage());
		}
		heading.getParent().layout(true, true);
	}

	/** The texts shown, top level and below, for tests. */
	public List<String> texts() {
		List<String> texts = new ArrayList<>();
		texts.add(heading.getText());
		for (TreeItem item : tree.getItems()) {
			collect(item, texts);
		}
		return texts;
	}

	private static void collect(TreeItem item, List<String> texts) {
		texts.add(item.getText());
		for (TreeItem child : item.getItems()) {
			collect(child, texts);
		}
	}

	@Override
	public void setFocus() {
		tree.setFocus();
	}

	@Override
	public void dispose() {
		AssessmentSession.get().removeCheckListener(onChecked);
		AssessmentSession.get().removeListener(onOpen);
		super.dispose();
	}
}
