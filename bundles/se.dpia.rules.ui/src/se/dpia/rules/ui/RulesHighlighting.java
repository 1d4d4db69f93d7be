package se.dpia.rules.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

/** Syntax highlighting: the grammar's keywords in bold purple, texts in blue, comments in green. */
class RulesHighlighting extends RuleBasedScanner {

	RulesHighlighting() {
		IToken keyword = token(new RGB(127, 0, 85), SWT.BOLD);
		IToken text = token(new RGB(42, 0, 255), SWT.NORMAL);
		IToken comment = token(new RGB(63, 127, 95), SWT.NORMAL);
		// a word that is no keyword is consumed whole, so "Kameratillsyn" does not light up "tillsyn"
		WordRule words = new WordRule(new Words(), new Token(null));
		IGrammarAccess grammar = RulesUi.injector().getInstance(IGrammarAccess.class);
		for (String word : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
			if (Character.isLetter(word.charAt(0))) {
				words.addWord(word, keyword);
			}
		}
		List<IRule> rules = new ArrayList<>();
		rules.add(new EndOfLineRule("//", comment));
		rules.add(new MultiLineRule("/*", "*/", comment));
		rules.add(new SingleLineRule("\"", "\"", text, '\\'));
		rules.add(words);
		setRules(rules.toArray(IRule[]::new));
	}

	private static IToken token(RGB colour, int style) {
		String key = "se.dpia.rules.ui." + colour;
		if (!JFaceResources.getColorRegistry().hasValueFor(key)) {
			JFaceResources.getColorRegistry().put(key, colour);
		}
		return new Token(new TextAttribute(JFaceResources.getColorRegistry().get(key), null, style));
	}

	/** Words as the rule language's identifiers: letters (å, ä, ö too), digits and '_'. */
	private static final class Words implements IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_';
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_';
		}
	}
}
