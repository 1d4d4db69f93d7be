package se.dpia.rules.ui;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.xtext.ide.server.Document;

/** Applies the IDE services' edits (line/column ranges in the text they were computed on) to the editor's document. */
final class TextEdits {

	private TextEdits() {
	}

	/** Applies {@code edits}, all ranges in {@code original}, to {@code document}, which still holds that text. */
	static void apply(Document original, List<TextEdit> edits, IDocument document) throws BadLocationException {
		MultiTextEdit all = new MultiTextEdit();
		for (TextEdit edit : edits) {
			int start = original.getOffSet(edit.getRange().getStart());
			int end = original.getOffSet(edit.getRange().getEnd());
			all.addChild(new ReplaceEdit(start, end - start, edit.getNewText()));
		}
		all.apply(document);
	}
}
