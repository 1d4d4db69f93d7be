package se.dpia.rules.ide.contentassist;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import se.dpia.rules.rules.Permission;
import se.dpia.rules.rules.Role;
import se.dpia.rules.rules.Step;

/**
 * Content assist in the users' words (Xtext's {@link IdeContentProposalProvider}): Swedish keywords only (the
 * English alternatives still parse), a step proposes only what its role is permitted to do, and the start of a
 * block proposes a whole consent rule or routine to fill in.
 */
public class RulesIdeContentProposalProvider extends IdeContentProposalProvider {

	/** The English alternatives: accepted, never proposed. */
	private static final Set<String> ENGLISH = Set.of("consent", "for", "in", "routine", "with", "checklist", "import", "library");

	static final String CONSENT_RULE_TEMPLATE = """
			samtyckesregel Namn gäller Teknik i verksamhet {
				samtycke från brukaren: frivilligt, specifikt, otvetydigt, informerat
				samtycke från närstående som bor stadigvarande med brukaren
				vid nedsatt beslutsförmåga: används inte
				dokumenteras i Verksamhetssystem
				vid nej: erbjud "Fysisk tillsyn"
				vid återkallelse: "Tekniken tas bort och fysisk tillsyn återupptas"
				omprövas var 6:e månad
			}""";

	static final String ROUTINE_TEMPLATE = """
			verksamhetsrutin Namn för verksamhet med Teknik {
				roll Larmoperatör får tillsyn, loggning
				roll Nattpatrull får besök
				beviljad insats 22:00–06:00
				tillsyn 22:00–06:00 var 2:e timme
				steg Tillsyn: Larmoperatör gör tillsyn loggas i Tillsynsloggen
				steg Nytt_försök: om ej sedd, Larmoperatör gör tillsyn inom 10 minuter
				steg Hembesök: om fortfarande ej sedd, strömavbrott eller teknikfel, Nattpatrull gör besök inom 30 minuter
			}""";

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		if (ENGLISH.contains(keyword.getValue())) {
			return false;
		}
		if (keyword.eContainer() instanceof EnumLiteralDeclaration literal
				&& GrammarUtil.containingRule(literal) instanceof EnumRule rule
				&& rule.getName().equals("Permission") && roleOf(context.getCurrentModel()) instanceof Role role
				&& !role.eIsProxy() && !role.getPermissions().isEmpty()) {
			return role.getPermissions().contains(Permission.get(keyword.getValue()));
		}
		return super.filterKeyword(keyword, context);
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		super._createProposals(keyword, context, acceptor);
		if (keyword.getValue().equals("samtyckesregel")) {
			template("samtyckesregel … { … }", CONSENT_RULE_TEMPLATE, context, acceptor);
		} else if (keyword.getValue().equals("verksamhetsrutin")) {
			template("verksamhetsrutin … { … }", ROUTINE_TEMPLATE, context, acceptor);
		}
	}

	private void template(String label, String text, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(text, context, e -> {
			e.setLabel(label);
			e.setKind(ContentAssistEntry.KIND_SNIPPET);
			e.setDescription("mall");
		});
		if (entry != null) {
			acceptor.accept(entry, getProposalPriorities().getKeywordPriority(null, entry) - 1);
		}
	}

	private static Role roleOf(EObject model) {
		return model instanceof Step step ? step.getRole() : null;
	}
}
