package se.dpia.rules.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/** The rule language's checks, one validator per concern: consent rules, routines, checklists and imports. */
@ComposedChecks(validators = { ConsentRuleValidator.class, RoutineValidator.class, ChecklistValidator.class,
		ImportValidator.class })
public class RulesValidator extends AbstractRulesValidator {
}
