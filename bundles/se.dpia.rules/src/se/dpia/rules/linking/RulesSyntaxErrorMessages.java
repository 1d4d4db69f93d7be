package se.dpia.rules.linking;

import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

import se.dpia.rules.IssueCodes;

/** Gives every syntax error the stable code {@link IssueCodes#SYNTAX_ERROR}. */
public class RulesSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), IssueCodes.SYNTAX_ERROR);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), IssueCodes.SYNTAX_ERROR);
	}
}
