package se.dpia.rules.ide.contentassist;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.common.base.Predicate;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import se.dpia.model.SystemAsset;
import se.dpia.model.SystemKind;
import se.dpia.model.facts.Facts;
import se.dpia.rules.rules.Permission;
import se.dpia.rules.rules.Role;
import se.dpia.rules.rules.RulesPackage;
import se.dpia.rules.rules.Step;

/**
 * Content assist in the users' words (Xtext's {@link IdeContentProposalProvider}): Swedish keywords only (the
 * English alternatives still parse), a step proposes only what its role is permitted to do, and the start of a
 * block proposes a whole consent rule or routine to fill in, and a step's documentation proposes the care documentation
 * systems (verksamhetssystem) of the model.
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
				roll Larmoperatör får tillsyn, loggning telefon "..."
				roll Nattpatrull får besök telefon "..."
				kontakt Sjuksköterska telefon "..."
				beviljad insats 22:00–06:00
				tillsyn 22:00–06:00 var 2:e timme
				steg Tillsyn: Larmoperatör gör tillsyn loggas i Tillsynsloggen
				steg Nytt_försök: om ej sedd, Larmoperatör gör tillsyn inom 10 minuter
				steg Hembesök: om fortfarande ej sedd, strömavbrott eller teknikfel, Nattpatrull gör besök inom 30 minuter dokumenteras i Verksamhetssystem
				steg Hjälp: om sedd och behöver hjälp, Nattpatrull gör besök inom 30 minuter dokumenteras i Verksamhetssystem
				steg Larma: om ingen hinner fram, Larmoperatör ringer Sjuksköterska
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

	/**
	 * Where a step is documented: the care documentation, so the systems of kind verksamhetssystem (or of no stated
	 * kind) are proposed, not the supplier's platform or the camera.
	 */
	@Override
	protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
		Predicate<IEObjectDescription> filter = super.getCrossrefFilter(reference, context);
		if (GrammarUtil.containingAssignment(reference) instanceof Assignment assignment
				&& assignment.getFeature().equals(RulesPackage.Literals.STEP__DOCUMENTED_IN.getName())) {
			return description -> filter.apply(description) && careDocumentation(description, context);
		}
		return filter;
	}

	private static boolean careDocumentation(IEObjectDescription description, ContentAssistContext context) {
		EObject object = description.getEObjectOrProxy();
		if (object.eIsProxy()) {
			object = EcoreUtil.resolve(object, context.getResource());
		}
		return object instanceof SystemAsset system
				&& (Facts.notStated(system.getKind()) || system.getKind() == SystemKind.VERKSAMHETSSYSTEM);
	}

	private static Role roleOf(EObject model) {
		return model instanceof Step step ? step.getRole() : null;
	}
}
