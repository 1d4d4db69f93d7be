package se.dpia.rules.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.FilteringScope;

import se.dpia.model.DpiaPackage;
import se.dpia.rules.rules.Checklist;
import se.dpia.rules.rules.RulesPackage;

/**
 * Local scoping: an answer in a checklist names a point of the checklist it follows ({@code enligt}); a point is
 * satisfied only by a model element or a routine step (Xtext's declarative scope provider, filtered).
 */
public class RulesScopeProvider extends AbstractRulesScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == RulesPackage.Literals.ANSWER__POINT) {
			Checklist checklist = EcoreUtil2.getContainerOfType(context, Checklist.class);
			Checklist basis = checklist == null ? null : checklist.getBasis();
			return basis == null || basis.eIsProxy() ? IScope.NULLSCOPE : Scopes.scopeFor(basis.getPoints());
		}
		if (reference == RulesPackage.Literals.SATISFIED__SATISFIED_BY) {
			return new FilteringScope(super.getScope(context, reference), RulesScopeProvider::canSatisfy);
		}
		return super.getScope(context, reference);
	}

	/** A checklist point is satisfied by something done: a model element (e.g. a mitigation) or a routine step. */
	static boolean canSatisfy(IEObjectDescription candidate) {
		return RulesPackage.Literals.STEP.isSuperTypeOf(candidate.getEClass())
				|| DpiaPackage.Literals.IDENTIFIED.isSuperTypeOf(candidate.getEClass());
	}
}
