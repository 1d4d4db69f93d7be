package se.dpia.documents;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import se.dpia.model.Identified;
import se.dpia.rules.rules.Checklist;
import se.dpia.rules.rules.ConsentRule;
import se.dpia.rules.rules.Contact;
import se.dpia.rules.rules.Role;
import se.dpia.rules.rules.Routine;
import se.dpia.rules.rules.RuleFile;
import se.dpia.rules.rules.Step;

/**
 * How documents show the names the rule files give (routines, roles, steps, checklists: identifiers such as
 * {@code Hemtjänst_natt}) and the elements a rule refers to. An identifier's underscores read as spaces; nothing
 * else is changed.
 */
final class RuleNames {

	private RuleNames() {
	}

	/** An identifier from a rule file as prose: {@code Hemtjänst_natt} reads "Hemtjänst natt". */
	static String shown(String id) {
		return id == null ? "" : id.replace('_', ' ').strip();
	}

	/** Every routine of the rule files, in file order. */
	static List<Routine> routines(List<RuleFile> rules) {
		List<Routine> routines = new ArrayList<>();
		rules.forEach(file -> routines.addAll(file.getRoutines()));
		return routines;
	}

	static List<ConsentRule> consentRules(List<RuleFile> rules) {
		List<ConsentRule> consentRules = new ArrayList<>();
		rules.forEach(file -> consentRules.addAll(file.getRules()));
		return consentRules;
	}

	/** The answered checklists (not the templates they follow). */
	static List<Checklist> checklists(List<RuleFile> rules) {
		List<Checklist> checklists = new ArrayList<>();
		rules.forEach(file -> file.getChecklists().stream().filter(c -> !c.isTemplate()).forEach(checklists::add));
		return checklists;
	}

	/**
	 * A referred element as a reader knows it: a model element by its name and id, a routine step as
	 * "routine – step", a routine or role by its name. A reference the rules could not resolve shows its text as
	 * written, so the document never hides an answer.
	 */
	static String element(EObject element, EObject owner, EReference feature, int index, Values values) {
		if (element == null || element.eIsProxy()) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
			return index < nodes.size() ? NodeModelUtils.getTokenText(nodes.get(index)) : values.notStated();
		}
		if (element instanceof Identified identified) {
			String name = values.name(identified);
			return name.equals(identified.getId()) ? name : name + " (" + identified.getId() + ")";
		}
		if (element instanceof Step step) {
			String routine = step.eContainer() instanceof Routine r ? shown(r.getName()) + " – " : "";
			return routine + shown(step.getName());
		}
		if (element instanceof Routine routine) {
			return shown(routine.getName());
		}
		if (element instanceof Role role) {
			return shown(role.getName());
		}
		if (element instanceof Contact contact) {
			return shown(contact.getName());
		}
		if (element instanceof Checklist checklist) {
			return shown(checklist.getName());
		}
		return values.notStated();
	}
}
