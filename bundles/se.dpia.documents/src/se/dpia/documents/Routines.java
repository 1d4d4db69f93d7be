package se.dpia.documents;

import static se.dpia.documents.Values.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.dpia.model.Assessment;
import se.dpia.model.Mitigation;
import se.dpia.model.Party;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.Technology;
import se.dpia.model.Verksamhet;
import se.dpia.rules.rules.Callee;
import se.dpia.rules.rules.Cause;
import se.dpia.rules.rules.Contact;
import se.dpia.rules.rules.NeedsHelp;
import se.dpia.rules.rules.NotInTime;
import se.dpia.rules.rules.RulesPackage;
import se.dpia.rules.rules.Duration;
import se.dpia.rules.rules.GrantedService;
import se.dpia.rules.rules.NotSeen;
import se.dpia.rules.rules.OtherCause;
import se.dpia.rules.rules.PowerCut;
import se.dpia.rules.rules.Role;
import se.dpia.rules.rules.Routine;
import se.dpia.rules.rules.RuleFile;
import se.dpia.rules.rules.Step;
import se.dpia.rules.rules.StillNotSeen;
import se.dpia.rules.rules.SupervisionWindow;
import se.dpia.rules.rules.TechnologyFailure;

/**
 * The routine documents (verksamhetsrutiner), one file per routine of the rule files: purpose (the processing
 * activities of the operation), the operation and technology, roles and permissions, granted service and
 * supervision windows, the steps in order with their conditions (escalation), logging and the measures each step
 * carries out, and contacts (the technology's supplier, the controller). Template {@code routine}.
 */
public final class Routines implements DocumentKind {

	public static final String TEMPLATE = "routine";

	@Override
	public String template() {
		return TEMPLATE;
	}

	@Override
	public List<Output> outputs(Assessment assessment, List<RuleFile> rules, Texts texts) throws TemplateException {
		Values values = new Values(texts);
		List<Output> outputs = new ArrayList<>();
		for (Routine routine : RuleNames.routines(rules)) {
			Map<String, Object> document = Header.of(assessment, values, texts);
			String name = RuleNames.shown(routine.getName());
			document.put("routine", name);
			Verksamhet operation = routine.getOperation();
			Technology technology = routine.getTechnology();
			document.put("operation", row("name", values.name(operation),
					"description", operation == null ? "" : text(operation.getDescription()),
					"legalBasis", operation == null ? values.notStated() : values.text(operation.getLegalBasis())));
			document.put("technology", technology == null ? false : row("name", values.name(technology),
					"description", text(technology.getDescription())));
			document.put("purposes", purposes(assessment, operation, technology, values));
			document.put("roles", roles(routine, values));
			GrantedService granted = routine.getGrantedService();
			document.put("grantedService", granted == null ? values.notStated() : granted.getFrom() + "–" + granted.getTo());
			document.put("windows", windows(routine, texts));
			document.put("steps", steps(routine, values, texts));
			document.put("needsHelp", stepsFor(routine, NeedsHelp.class, values));
			document.put("notInTime", stepsFor(routine, NotInTime.class, values));
			document.put("documentedIn", documentedIn(routine, values));
			document.put("logs", logs(routine));
			document.put("contacts", contacts(assessment, technology, values));
			document.put("routineContacts", routineContacts(routine, values));
			outputs.add(Header.output(assessment, values, texts, "routine", routine.getName(), name, document));
		}
		return outputs;
	}

	/** A description the template shows only where there is one. */
	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	/** The processing activities carried out in the operation (with the routine's technology, where it names one). */
	private static List<Map<String, Object>> purposes(Assessment assessment, Verksamhet operation, Technology technology,
			Values values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ProcessingActivity activity : assessment.getProcessingActivities()) {
			boolean inOperation = operation != null && activity.getOperations().contains(operation);
			boolean withTechnology = technology == null || activity.getTechnologies().isEmpty()
					|| activity.getTechnologies().contains(technology);
			if (inOperation && withTechnology) {
				rows.add(row("name", values.name(activity), "purposes", values.strings(activity.getPurposes())));
			}
		}
		return rows;
	}

	private static List<Map<String, Object>> roles(Routine routine, Values values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Role role : routine.getRoles()) {
			rows.add(row("name", RuleNames.shown(role.getName()), "permissions", values.join(role.getPermissions(), values::label),
					"phone", values.text(role.getPhone())));
		}
		return rows;
	}

	private static List<Map<String, Object>> windows(Routine routine, Texts texts) throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (SupervisionWindow window : routine.getWindows()) {
			rows.add(row("from", window.getFrom(), "to", window.getTo(),
					"interval", interval(window.getEvery(), texts.label(window.getUnit()),
							texts.text("plural." + window.getUnit().getName()), texts)));
		}
		return rows;
	}

	/** "2:e timme", "2 hours", or just the unit when the rule gives no number: pattern {@code interval}. */
	static String interval(int every, String unit, String units, Texts texts) throws TemplateException {
		if (every <= 1) {
			return unit;
		}
		return texts.text("interval").replace("{n}", Integer.toString(every)).replace("{unit}", unit).replace("{units}", units);
	}

	private static List<Map<String, Object>> steps(Routine routine, Values values, Texts texts) throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		int number = 0;
		for (Step step : routine.getSteps()) {
			number++;
			List<String> causes = new ArrayList<>();
			if (step.getCondition() != null) {
				for (Cause cause : step.getCondition().getCauses()) {
					causes.add(cause(cause, texts));
				}
			}
			Duration within = step.getWithin();
			List<Map<String, Object>> measures = new ArrayList<>();
			for (Mitigation mitigation : step.getMitigations()) {
				measures.add(row("id", mitigation.getId(), "name", values.name(mitigation)));
			}
			rows.add(row("number", number, "name", RuleNames.shown(step.getName()),
					"condition", causes.isEmpty() ? "" : String.join(texts.text("routine.or") + " ", causes),
					"role", step.getRole() == null ? values.notStated() : RuleNames.shown(step.getRole().getName()),
					"permission", step.isCalling() ? "" : values.label(step.getPermission()),
					"calling", step.isCalling(),
					"calls", step.isCalling() ? calls(step, values) : false,
					"documentedIn", step.getDocumentedIn() == null ? "" : values.name(step.getDocumentedIn()),
					"within", within == null ? "" : within.getAmount() + " " + (within.getAmount() == 1 ? texts.label(within.getUnit())
							: texts.text("plural." + within.getUnit().getName())),
					"description", text(step.getDescription()),
					"logged", step.isLogged(), "log", step.isLogged() ? (step.getLog() == null ? values.notStated() : step.getLog().strip()) : "",
					"measures", measures));
		}
		return rows;
	}

	/** Whom a step calls, each with the phone number the routine gives (or "not stated"). */
	private static List<Map<String, Object>> calls(Step step, Values values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < step.getCalls().size(); i++) {
			Callee callee = step.getCalls().get(i);
			String phone = callee instanceof Role role ? role.getPhone() : callee instanceof Contact contact ? contact.getPhone() : null;
			rows.add(row("name", RuleNames.element(callee, step, RulesPackage.Literals.STEP__CALLS, i, values),
					"phone", values.text(phone)));
		}
		return rows;
	}

	/** The steps taken on a cause (the person needs help; nobody gets there in time), or "not stated". */
	private static String stepsFor(Routine routine, Class<? extends Cause> kind, Values values) {
		List<String> names = routine.getSteps().stream().filter(step -> step.getCondition() != null
				&& step.getCondition().getCauses().stream().anyMatch(kind::isInstance))
				.map(step -> RuleNames.shown(step.getName())).toList();
		return names.isEmpty() ? values.notStated() : String.join(", ", names);
	}

	/** The systems the steps document in (the care documentation), each once, or "not stated". */
	private static String documentedIn(Routine routine, Values values) {
		List<String> systems = new ArrayList<>();
		for (Step step : routine.getSteps()) {
			if (step.getDocumentedIn() != null) {
				String name = values.name(step.getDocumentedIn());
				if (!systems.contains(name)) {
					systems.add(name);
				}
			}
		}
		return systems.isEmpty() ? values.notStated() : String.join(", ", systems);
	}

	/** The contacts the routine names, with their phone numbers. */
	private static List<Map<String, Object>> routineContacts(Routine routine, Values values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Contact contact : routine.getContacts()) {
			rows.add(row("name", RuleNames.shown(contact.getName()), "description", text(contact.getDescription()),
					"phone", values.text(contact.getPhone())));
		}
		return rows;
	}

	private static String cause(Cause cause, Texts texts) throws TemplateException {
		return switch (cause) {
		case NeedsHelp c -> texts.text("routine.needsHelp");
		case NotInTime c -> texts.text("routine.notInTime");
		case StillNotSeen c -> texts.text("routine.stillNotSeen");
		case NotSeen c -> texts.text("routine.notSeen");
		case PowerCut c -> texts.text("routine.powerCut");
		case TechnologyFailure c -> texts.text("routine.technologyFailure");
		case OtherCause other -> other.getText() == null ? "" : other.getText().strip();
		default -> "";
		};
	}

	/** The logs the steps write to, each once, in step order. */
	private static List<Map<String, Object>> logs(Routine routine) {
		List<String> logs = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Step step : routine.getSteps()) {
			if (step.isLogged() && step.getLog() != null && !logs.contains(step.getLog().strip())) {
				logs.add(step.getLog().strip());
			}
		}
		for (String log : logs) {
			List<String> steps = routine.getSteps().stream()
					.filter(s -> s.isLogged() && s.getLog() != null && s.getLog().strip().equals(log))
					.map(s -> RuleNames.shown(s.getName())).toList();
			rows.add(row("name", log, "steps", String.join(", ", steps)));
		}
		return rows;
	}

	/**
	 * Who to turn to: the controller, its in-house units (egen verksamhet, e.g. an alarm centre) and the technology's
	 * supplier, with what the model has on them.
	 */
	private static List<Map<String, Object>> contacts(Assessment assessment, Technology technology, Values values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Party> parties = new ArrayList<>();
		if (assessment.getController() != null) {
			parties.add(assessment.getController());
		}
		for (Party party : assessment.getParties()) {
			if (party.getRole() == se.dpia.model.PartyRole.EGEN_VERKSAMHET && !parties.contains(party)) {
				parties.add(party);
			}
		}
		if (technology != null && technology.getSupplier() != null && !parties.contains(technology.getSupplier())) {
			parties.add(technology.getSupplier());
		}
		for (Party party : parties) {
			rows.add(row("name", values.name(party), "role", values.label(party.getRole()),
					"contactPerson", values.text(party.getContactPerson()), "phone", values.text(party.getPhone()),
					"email", values.text(party.getEmail())));
		}
		return rows;
	}
}
