package se.dpia.rules.ui;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;

/**
 * Format (Ctrl+Shift+F, and in the editor's context menu): lays the whole file out with the language's formatter
 * (se.dpia.rules formatting2, through the IDE formatting service), as one change that one undo takes back.
 */
class RulesFormatAction extends Action {

	/** The command id in plugin.xml, bound to Ctrl+Shift+F in the rule editor's context. */
	static final String COMMAND = "se.dpia.rules.ui.format";
	/** The action's id in the editor. */
	static final String ID = "Format";

	private final RulesEditor editor;

	RulesFormatAction(RulesEditor editor) {
		super("&Formatera");
		this.editor = editor;
		setActionDefinitionId(COMMAND);
	}

	@Override
	public void run() {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String text = document.get();
		Document formatted = new Document(1, text);
		List<TextEdit> edits = editor.ruleFile().read(text, resource -> RulesUi.injector()
				.getInstance(FormattingService.class)
				.format(resource, formatted, 0, text.length(), new FormattingOptions(4, false)), List.of());
		if (edits.isEmpty()) {
			return;
		}
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		target.beginCompoundChange();
		try {
			TextEdits.apply(formatted, edits, document);
		} catch (MalformedTreeException | BadLocationException e) {
			ILog.of(getClass()).error("Could not format " + editor.getTitle() + ": the formatter's changes did not fit"
					+ " the text; the file is unchanged", e);
		} finally {
			target.endCompoundChange();
		}
	}
}
