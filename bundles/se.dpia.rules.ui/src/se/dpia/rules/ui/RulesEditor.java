package se.dpia.rules.ui;

import java.util.ListResourceBundle;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

/**
 * The rule-file editor: the platform's text editor driven by the rule language's Xtext runtime (Xtext's own
 * Eclipse editor is not on Maven Central). Highlighting, content assist (Ctrl+Space), quick fixes (Ctrl+1) and
 * problems while typing come from {@link RulesSourceViewerConfiguration}; Format (Ctrl+Shift+F) is
 * {@link RulesFormatAction}.
 */
public class RulesEditor extends TextEditor {

	/** The editor's id in plugin.xml. */
	public static final String ID = "se.dpia.rules.ui.editor";
	/** The key binding context of the editor (Ctrl+Shift+F formats), in plugin.xml. */
	static final String CONTEXT = "se.dpia.rules.ui.editorScope";

	private EditedRuleFile ruleFile;
	private RulesProblemMarkers problemMarkers;

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
		setAction(RulesFormatAction.ID, new RulesFormatAction(this));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		addAction(menu, ITextEditorActionConstants.GROUP_EDIT, ITextEditorActionConstants.QUICK_ASSIST);
		addAction(menu, ITextEditorActionConstants.GROUP_EDIT, RulesFormatAction.ID);
	}

	/** The Problems-view markers of the file this editor shows. */
	synchronized RulesProblemMarkers problemMarkers() {
		if (problemMarkers == null) {
			problemMarkers = new RulesProblemMarkers(getEditorInput());
		}
		return problemMarkers;
	}

	@Override
	public void dispose() {
		if (problemMarkers != null) {
			problemMarkers.clear();
		}
		super.dispose();
	}

	/** The file this editor shows, as the language services read it. */
	synchronized EditedRuleFile ruleFile() {
		if (ruleFile == null) {
			ruleFile = new EditedRuleFile(getEditorInput());
		}
		return ruleFile;
	}
}
