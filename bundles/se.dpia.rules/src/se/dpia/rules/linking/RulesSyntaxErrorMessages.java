package se.dpia.rules.linking;

import java.util.Locale;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import se.dpia.rules.IssueCodes;
import se.dpia.rules.RulesMessages;

/**
 * Gives every syntax error the stable code {@link IssueCodes#SYNTAX_ERROR} and a message in the users' language:
 * the text that does not fit and, where the parser knows it, the keyword expected there. The issue data are the
 * text and the expected keyword, so the message can be written again in another language
 * ({@link #message(Locale, String[])}).
 */
public class RulesSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final String VALUE = "\u0000value";

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		Token token = exception == null ? null : exception.token;
		String text = token == null || token.getType() == Token.EOF ? "" : String.valueOf(token.getText());
		String expected = "";
		if (exception instanceof MismatchedTokenException mismatch && context.getTokenNames() != null
				&& mismatch.expecting >= 0 && mismatch.expecting < context.getTokenNames().length) {
			String name = context.getTokenNames()[mismatch.expecting];
			expected = name.startsWith("'") ? name.substring(1, name.length() - 1) : "";
		}
		String[] data = { text, expected };
		return new SyntaxErrorMessage(message(Locale.getDefault(), data), IssueCodes.SYNTAX_ERROR, data);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(RulesMessages.format(Locale.getDefault(), "syntax-error.value"),
				IssueCodes.SYNTAX_ERROR, new String[] { VALUE });
	}

	/** Whether {@code data} are the issue data of a syntax error found by the parser. */
	public static boolean isParserData(String[] data) {
		return data != null && (data.length == 2 || data.length == 1 && VALUE.equals(data[0]));
	}

	/** The message of a syntax error from its issue data, in {@code locale}. */
	public static String message(Locale locale, String[] data) {
		if (data == null || data.length < 2 || data[0] == null) {
			return RulesMessages.format(locale, "syntax-error.value");
		}
		String text = data[0];
		String expected = data.length > 1 && data[1] != null ? data[1] : "";
		if (text.isEmpty()) {
			return expected.isEmpty() ? RulesMessages.format(locale, "syntax-error.end")
					: RulesMessages.format(locale, "syntax-error.endExpecting", expected);
		}
		return expected.isEmpty() ? RulesMessages.format(locale, IssueCodes.SYNTAX_ERROR, text)
				: RulesMessages.format(locale, "syntax-error.expecting", text, expected);
	}
}
