package se.dpia.rules.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

import se.dpia.rules.rules.Checklist;
import se.dpia.rules.rules.ConsentRule;
import se.dpia.rules.rules.Import;
import se.dpia.rules.rules.Routine;
import se.dpia.rules.rules.RuleFile;

/**
 * Lays rule files out as the examples are written (Xtext's formatting2): one statement a line (a blank line
 * between statements is kept), blocks indented by a tab, a blank line between blocks, one space between words,
 * none before {@code :} and {@code ,} nor around the dash of a time range ({@code 22:00–06:00}).
 */
public class RulesFormatter extends AbstractJavaFormatter {

	protected void format(RuleFile file, IFormattableDocument doc) {
		boolean first = true;
		for (EObject element : file.eContents()) {
			if (element instanceof Import anImport) {
				words(anImport, doc);
				if (!first) {
					doc.prepend(anImport, it -> it.newLine());
				}
			} else {
				if (!first) {
					doc.prepend(element, it -> it.setNewLines(2));
				}
				doc.format(element);
			}
			first = false;
		}
	}

	protected void format(ConsentRule rule, IFormattableDocument doc) {
		block(rule, doc);
	}

	protected void format(Routine routine, IFormattableDocument doc) {
		block(routine, doc);
	}

	protected void format(Checklist checklist, IFormattableDocument doc) {
		block(checklist, doc);
	}

	/** A block: its header on one line, each statement inside on a line of its own, indented. */
	private void block(EObject block, IFormattableDocument doc) {
		words(block, doc);
		ISemanticRegion open = regionFor(block).keyword("{");
		ISemanticRegion close = regionFor(block).keyword("}");
		doc.prepend(open, it -> it.oneSpace());
		doc.interior(open, close, it -> it.indent());
		doc.prepend(close, it -> it.newLine());
		for (EObject statement : block.eContents()) {
			doc.prepend(statement, it -> it.setNewLines(1, 1, 2)); // one blank line may group statements
		}
	}

	/** One space between the words of an element, none before ':' ',' and ':e', overridden by line breaks. */
	private void words(EObject element, IFormattableDocument doc) {
		boolean afterDash = false;
		for (ISemanticRegion region : allSemanticRegions(element)) {
			String text = region.getText();
			boolean dash = text.equals("–") || text.equals("-");
			if (region.getPreviousSemanticRegion() == null) {
				// the start of the file keeps what it has
			} else if (text.equals(":") || text.equals(",") || text.equals(":e") || dash || afterDash) {
				doc.prepend(region, it -> it.noSpace());
			} else {
				doc.prepend(region, it -> {
					it.oneSpace();
					it.lowPriority();
				});
			}
			afterDash = dash;
		}
	}
}
