package se.dpia.rules.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;

import se.dpia.rules.ide.contentassist.RulesIdeContentProposalProvider;
import se.dpia.rules.ide.quickfix.RulesQuickfixProvider;

/** Guice bindings of the rule language's generic IDE services; only {@code bind*} methods. */
public class RulesIdeModule extends AbstractRulesIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return RulesIdeContentProposalProvider.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return RulesQuickfixProvider.class;
	}
}
