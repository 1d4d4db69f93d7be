package se.dpia.rules.ui;

import java.util.List;
import java.util.ListResourceBundle;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.text.Region;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The rule-file editor: the platform's text editor driven by the rule language's Xtext runtime (Xtext's own
 * Eclipse editor is not on Maven Central). Keyword and semantic highlighting ({@link RulesSemanticHighlighting}), content assist (Ctrl+Space), quick fixes (Ctrl+1) and
 * problems while typing and Ctrl+click links come from {@link RulesSourceViewerConfiguration}; Format
 * (Ctrl+Shift+F) is {@link RulesFormatAction}; the Outline view's page is {@link RulesOutline}.
 */
public class RulesEditor extends TextEditor {

	/** The editor's id in plugin.xml. */
	public static final String ID = "se.dpia.rules.ui.editor";
	/** The key binding context of the editor (Ctrl+Shift+F formats), in plugin.xml. */
	static final String CONTEXT = "se.dpia.rules.ui.editorScope";

	private EditedRuleFile ruleFile;
	private RulesProblemMarkers problemMarkers;
	private RulesOutline outline;
	private RulesSemanticHighlighting semanticHighlighting;
	private List<RulesOutlineNode> outlineRows = List.of();

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

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			return adapter.cast(outline());
		}
		return super.getAdapter(adapter);
	}

	/** This editor's page in the Outline view. */
	synchronized RulesOutline outline() {
		if (outline == null) {
			outline = new RulesOutline(this);
			outline.show(outlineRows);
		}
		return outline;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		semanticHighlighting = new RulesSemanticHighlighting(getSourceViewer());
	}

	/** The names styled as references to model elements. */
	RulesSemanticHighlighting semanticHighlighting() {
		return semanticHighlighting;
	}

	/** Shows what a check found in the outline and the semantic highlighting (from the reconciler's thread). */
	void checked(List<RulesOutlineNode> rows, List<Region> modelReferences) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			synchronized (this) {
				outlineRows = rows;
			}
			if (outline != null) {
				outline.show(rows);
			}
			if (semanticHighlighting != null) {
				semanticHighlighting.show(modelReferences);
			}
		});
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
