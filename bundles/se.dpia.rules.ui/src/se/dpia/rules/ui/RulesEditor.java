package se.dpia.rules.ui;

import java.util.ListResourceBundle;

import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

/**
 * The rule-file editor: the platform's text editor driven by the rule language's Xtext runtime (Xtext's own
 * Eclipse editor is not on Maven Central). Highlighting, content assist (Ctrl+Space) and problems while typing come from
 * {@link RulesSourceViewerConfiguration}.
 */
public class RulesEditor extends TextEditor {

	/** The editor's id in plugin.xml. */
	public static final String ID = "se.dpia.rules.ui.editor";

	private EditedRuleFile ruleFile;

	public RulesEditor() {
		setSourceViewerConfiguration(new RulesSourceViewerConfiguration(this));
	}

	@Override
	protected void createActions() {
		super.createActions();
		// Ctrl+Space: the text editor has the command but no action for it
		ContentAssistAction assist = new ContentAssistAction(new ListResourceBundle() {
			@Override
			protected Object[][] getContents() {
				return new Object[0][];
			}
		}, "ContentAssistProposal.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", assist);
	}

	/** The file this editor shows, as the language services read it. */
	synchronized EditedRuleFile ruleFile() {
		if (ruleFile == null) {
			ruleFile = new EditedRuleFile(getEditorInput());
		}
		return ruleFile;
	}
}
