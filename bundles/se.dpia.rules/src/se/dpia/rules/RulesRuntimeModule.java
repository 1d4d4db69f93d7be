package se.dpia.rules;

import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;

import se.dpia.rules.linking.RulesLinkingDiagnosticMessages;
import se.dpia.rules.linking.RulesSyntaxErrorMessages;

/** Guice bindings of the rule language's runtime services; only {@code bind*} methods. */
public class RulesRuntimeModule extends AbstractRulesRuntimeModule {

	public Class<? extends LinkingDiagnosticMessageProvider> bindLinkingDiagnosticMessageProvider() {
		return RulesLinkingDiagnosticMessages.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return RulesSyntaxErrorMessages.class;
	}
}
