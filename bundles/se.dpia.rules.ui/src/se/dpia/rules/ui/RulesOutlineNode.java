package se.dpia.rules.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import se.dpia.rules.rules.Checklist;
import se.dpia.rules.rules.ConsentRule;
import se.dpia.rules.rules.Point;
import se.dpia.rules.rules.Role;
import se.dpia.rules.rules.Routine;
import se.dpia.rules.rules.RuleFile;
import se.dpia.rules.rules.Step;

/**
 * One row of the outline: a rule, routine, role, step, checklist or point, with the region of its name. A snapshot
 * of the parsed file, so the outline never holds the resource's objects (they are replaced as the user types).
 */
record RulesOutlineNode(String label, int offset, int length, List<RulesOutlineNode> children) {

	/** The rows of a parsed rule file: consent rules, routines (roles and steps), checklists (points). */
	static List<RulesOutlineNode> of(XtextResource resource) {
		List<RulesOutlineNode> rows = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RuleFile file)) {
			return rows;
		}
		ILocationInFileProvider locations = resource.getResourceServiceProvider().get(ILocationInFileProvider.class);
		for (EObject element : file.eContents()) {
			if (element instanceof ConsentRule rule) {
				rows.add(node(locations, rule, "samtyckesregel " + rule.getName(), List.of()));
			} else if (element instanceof Routine routine) {
				List<RulesOutlineNode> children = new ArrayList<>();
				for (Role role : routine.getRoles()) {
					children.add(node(locations, role, "roll " + role.getName(), List.of()));
				}
				for (Step step : routine.getSteps()) {
					children.add(node(locations, step, "steg " + step.getName(), List.of()));
				}
				rows.add(node(locations, routine, "verksamhetsrutin " + routine.getName(), children));
			} else if (element instanceof Checklist checklist) {
				List<RulesOutlineNode> children = new ArrayList<>();
				for (Point point : checklist.getPoints()) {
					children.add(node(locations, point, "punkt " + point.getName(), List.of()));
				}
				String kind = checklist.isTemplate() ? "checklistmall " : "checklista ";
				rows.add(node(locations, checklist, kind + checklist.getName(), children));
			}
		}
		return rows;
	}

	private static RulesOutlineNode node(ILocationInFileProvider locations, EObject element, String label,
			List<RulesOutlineNode> children) {
		ITextRegion name = locations.getSignificantTextRegion(element);
		return new RulesOutlineNode(label, name.getOffset(), name.getLength(), children);
	}
}
