package se.dpia.rules.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import se.dpia.rules.IssueCodes;
import se.dpia.rules.RulesMessages;
import se.dpia.rules.rules.Answer;
import se.dpia.rules.rules.Checklist;
import se.dpia.rules.rules.Point;
import se.dpia.rules.rules.RulesPackage;

/** Checks checklists: every point is satisfied by something done, or knowingly left open. */
public class ChecklistValidator extends AbstractDeclarativeValidator {

	@Check
	public void everyPointIsAnswered(Checklist checklist) {
		if (checklist.isTemplate()) {
			return; // a template's points are answered by the checklists that follow it
		}
		for (Point point : checklist.getPoints()) {
			if (point.getSatisfaction() == null) {
				warning(RulesMessages.format(point, IssueCodes.CHECKLIST_ITEM_UNSATISFIED, point.getName()), point, RulesPackage.Literals.POINT__NAME,
						IssueCodes.CHECKLIST_ITEM_UNSATISFIED, point.getName());
			}
		}
		Checklist basis = checklist.getBasis();
		if (basis == null || basis.eIsProxy()) {
			return;
		}
		Set<Point> answered = new HashSet<>();
		for (Answer answer : checklist.getAnswers()) {
			answered.add(answer.getPoint());
		}
		for (Point point : basis.getPoints()) {
			if (!answered.contains(point) && point.getSatisfaction() == null) {
				warning(RulesMessages.format(checklist, "checklist-item-unsatisfied.basis", point.getName(),
						basis.getName(), point.getText()), RulesPackage.Literals.CHECKLIST__BASIS,
						IssueCodes.CHECKLIST_ITEM_UNSATISFIED, point.getName());
			}
		}
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into RulesValidator, not registered on its own
	}
}
