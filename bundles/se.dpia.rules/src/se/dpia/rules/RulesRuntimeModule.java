package se.dpia.rules;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;

import se.dpia.rules.conversion.RulesValueConverters;
import se.dpia.rules.imports.RulesResourceSet;
import se.dpia.rules.linking.RulesLinkingDiagnosticMessages;
import se.dpia.rules.linking.RulesSyntaxErrorMessages;
import se.dpia.rules.scoping.RulesGlobalScopeProvider;
import se.dpia.rules.scoping.RulesResourceDescriptionStrategy;

/** Guice bindings of the rule language's runtime services; only {@code bind*} methods. */
public class RulesRuntimeModule extends AbstractRulesRuntimeModule {

	public Class<? extends LinkingDiagnosticMessageProvider> bindLinkingDiagnosticMessageProvider() {
		return RulesLinkingDiagnosticMessages.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return RulesSyntaxErrorMessages.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return RulesValueConverters.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return RulesGlobalScopeProvider.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return RulesResourceDescriptionStrategy.class;
	}

	@Override
	public Class<? extends XtextResourceSet> bindXtextResourceSet() {
		return RulesResourceSet.class;
	}

	@Override
	public Class<? extends org.eclipse.emf.ecore.resource.ResourceSet> bindResourceSet() {
		return RulesResourceSet.class;
	}
}
