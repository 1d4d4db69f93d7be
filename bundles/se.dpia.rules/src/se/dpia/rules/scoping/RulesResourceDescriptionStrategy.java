package se.dpia.rules.scoping;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

import se.dpia.rules.rules.Point;

/**
 * What a rule file exports to the others (its Xtext resource description): every named element, as by default, and
 * for a checklist point also what a checklist following it ({@code enligt}) reads of it: its text and whether the
 * template answers it. A change to either then shows in the file's description delta, so the files whose checklists
 * follow it are checked again ({@link se.dpia.rules.load.Revalidator}).
 */
public class RulesResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	/** User data of a point: its text. */
	public static final String POINT_TEXT = "text";
	/** User data of a point: "true" when the template itself says how it is satisfied. */
	public static final String POINT_ANSWERED = "answered";

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		if (!(eObject instanceof Point point)) {
			return super.createEObjectDescriptions(eObject, acceptor);
		}
		QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(point);
		if (name != null) {
			acceptor.accept(EObjectDescription.create(name, point, Map.of(POINT_TEXT, String.valueOf(point.getText()),
					POINT_ANSWERED, String.valueOf(point.getSatisfaction() != null))));
		}
		return true;
	}
}
