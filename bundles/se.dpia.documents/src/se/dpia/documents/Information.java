package se.dpia.documents;

import static se.dpia.documents.Values.row;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.dpia.model.Art6Ground;
import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.DataFlow;
import se.dpia.model.JaNej;
import se.dpia.model.Location;
import se.dpia.model.Party;
import se.dpia.model.Person;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.RecordingMode;
import se.dpia.model.SystemAsset;
import se.dpia.model.Technology;
import se.dpia.model.TechnologyKind;
import se.dpia.model.Transfer;
import se.dpia.model.facts.Facts;
import se.dpia.rules.rules.ConsentClause;
import se.dpia.rules.rules.ConsentGiver;
import se.dpia.rules.rules.ConsentRule;
import se.dpia.rules.rules.Permission;
import se.dpia.rules.rules.ReducedCapacityClause;
import se.dpia.rules.rules.Role;
import se.dpia.rules.rules.Routine;
import se.dpia.rules.rules.RuleFile;
import se.dpia.rules.rules.SupervisionWindow;

/**
 * The information to the person and relatives (GDPR Art. 13, in plain easy-to-read language), one file per consent
 * rule: who is responsible, what the technology does and does not do and when it looks (from the model's technology
 * and the routines that use it), who sees what, what is stored and for how long, what saying no gives, how to change
 * one's mind, the rights, the DPO and the right to complain to IMY. Every fact comes from the model or the rule; an
 * unstated fact says so in a plain sentence. Template {@code information}.
 */
public final class Information implements DocumentKind {

	public static final String TEMPLATE = "information";

	@Override
	public String template() {
		return TEMPLATE;
	}

	@Override
	public List<Output> outputs(Assessment assessment, List<RuleFile> rules, Texts texts) throws TemplateException {
		Values values = new Values(texts);
		List<Output> outputs = new ArrayList<>();
		for (ConsentRule rule : RuleNames.consentRules(rules)) {
			Map<String, Object> document = Header.of(assessment, values, texts);
			Technology technology = rule.getTechnology();
			String noun = noun(technology, texts);
			document.put("rule", RuleNames.shown(rule.getName()));
			document.put("notStated", values.notStated());
			document.put("noun", noun);
			document.put("Noun", capital(noun));
			document.put("technology", row("name", values.name(technology),
					"need", technology == null ? values.notStated() : values.text(technology.getNeed())));
			document.put("responsible", party(assessment.getController(), values));
			List<ProcessingActivity> activities = activities(assessment, rule);
			document.put("purposes", purposes(activities, values));
			document.put("basis", basis(activities, values, texts));
			document.put("does", does(technology, values, texts));
			document.put("placement", technology == null ? values.notStated() : values.text(technology.getPlacement()));
			List<Map<String, Object>> windows = windows(rule, rules, values, texts);
			document.put("windows", windows);
			document.put("hasWindows", !windows.isEmpty());
			document.put("viewers", viewers(rule, rules, values));
			List<String> processors = processors(activities, technology, values);
			document.put("processors", processors);
			document.put("hasProcessors", !processors.isEmpty());
			document.put("logging", logging(assessment, technology, texts));
			document.put("stored", stored(activities, values));
			document.put("where", where(activities, technology, values, texts));
			document.put("refusal", rule.getRefusal() == null ? values.notStated() : values.text(rule.getRefusal().getAlternative()));
			document.put("withdrawal", rule.getWithdrawal() == null ? values.notStated() : values.text(rule.getWithdrawal().getAction()));
			document.put("documentation", rule.getDocumentation() == null ? values.notStated() : values.text(rule.getDocumentation().getPlace()));
			document.put("review", rule.getReview() == null ? false : Routines.interval(rule.getReview().getEvery(),
					texts.label(rule.getReview().getUnit()), texts.text("plural." + rule.getReview().getUnit().getName()), texts));
			document.put("relative", rule.getConsents().stream()
					.anyMatch(clause -> clause.getGiver() == ConsentGiver.NARSTAENDE));
			document.put("voluntary", rule.getConsents().stream().map(ConsentClause::getQualities)
					.anyMatch(qualities -> qualities.stream().anyMatch(q -> q.getName().equals("frivilligt"))));
			reducedCapacity(rule, document, values, texts);
			document.put("dpo", dpo(assessment.getDpo(), values));
			outputs.add(Header.output(assessment, values, texts, TEMPLATE, rule.getName(), values.name(technology), document));
		}
		return outputs;
	}

	/** What the reader calls the technology: "kameran", "sensorn", otherwise "tekniken". */
	private static String noun(Technology technology, Texts texts) throws TemplateException {
		TechnologyKind kind = technology == null ? null : technology.getKind();
		if (kind == TechnologyKind.TRYGGHETSKAMERA) {
			return texts.text("info.noun.camera");
		}
		if (kind == TechnologyKind.RORELSESENSOR || kind == TechnologyKind.DORRSENSOR || kind == TechnologyKind.FONSTERSENSOR
				|| kind == TechnologyKind.FALLSENSOR || kind == TechnologyKind.SANGSENSOR) {
			return texts.text("info.noun.sensor");
		}
		return texts.text("info.noun.technology");
	}

	private static String capital(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static Map<String, Object> party(Party party, Values values) {
		return row("name", values.name(party), "address", party == null ? values.notStated() : values.text(party.getAddress()),
				"phone", party == null ? values.notStated() : values.text(party.getPhone()),
				"email", party == null ? values.notStated() : values.text(party.getEmail()));
	}

	private static Map<String, Object> dpo(Person dpo, Values values) {
		return row("name", values.person(dpo), "phone", dpo == null ? values.notStated() : values.text(dpo.getPhone()),
				"email", dpo == null ? values.notStated() : values.text(dpo.getEmail()));
	}

	/** The processing activities that use the rule's technology in one of its operations. */
	private static List<ProcessingActivity> activities(Assessment assessment, ConsentRule rule) {
		List<ProcessingActivity> activities = new ArrayList<>();
		for (ProcessingActivity activity : assessment.getProcessingActivities()) {
			boolean technology = activity.getTechnologies().contains(rule.getTechnology());
			boolean operation = rule.getOperations().isEmpty()
					|| activity.getOperations().stream().anyMatch(rule.getOperations()::contains);
			if (technology && operation) {
				activities.add(activity);
			}
		}
		return activities;
	}

	private static List<String> purposes(List<ProcessingActivity> activities, Values values) {
		Set<String> purposes = new LinkedHashSet<>();
		activities.forEach(activity -> activity.getPurposes().stream().filter(p -> p != null && !p.isBlank())
				.map(p -> sentence(p.strip())).forEach(purposes::add));
		return purposes.isEmpty() ? List.of(values.notStated() + ".") : List.copyOf(purposes);
	}

	/** A text that ends as a sentence does. */
	private static String sentence(String text) {
		return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
	}

	/** The ground in plain words and the laws it rests on. */
	private static Map<String, Object> basis(List<ProcessingActivity> activities, Values values, Texts texts)
			throws TemplateException {
		Set<String> grounds = new LinkedHashSet<>();
		Set<String> laws = new LinkedHashSet<>();
		for (ProcessingActivity activity : activities) {
			if (activity.getArt6Ground() != null && activity.getArt6Ground() != Art6Ground.INGEN) {
				grounds.add(texts.text("info.ground." + activity.getArt6Ground().getName()));
			}
			activity.getNationalBasis().stream().filter(law -> law != null && !law.isBlank()).map(String::strip).forEach(laws::add);
		}
		return row("grounds", grounds.isEmpty() ? List.of(texts.text("info.ground.notStated")) : List.copyOf(grounds),
				"laws", laws.isEmpty() ? values.notStated() : String.join(", ", laws));
	}

	/** What the technology does and does not do: recording, sound and night vision, each stated or said to be unstated. */
	private static List<String> does(Technology technology, Values values, Texts texts) throws TemplateException {
		List<String> facts = new ArrayList<>();
		RecordingMode recording = technology == null ? null : technology.getRecording();
		facts.add(texts.text("info.recording." + (Facts.notStated(recording) ? "notStated" : recording.getName())));
		facts.add(texts.text("info.audio." + state(technology == null ? null : technology.getAudio())));
		facts.add(texts.text("info.nightVision." + state(technology == null ? null : technology.getNightVision())));
		return facts;
	}

	private static String state(JaNej fact) {
		return Facts.yes(fact) ? "yes" : Facts.no(fact) ? "no" : "notStated";
	}

	/** The routines with the rule's technology, in its operations. */
	private static List<Routine> routines(ConsentRule rule, List<RuleFile> rules) {
		return RuleNames.routines(rules).stream().filter(routine -> routine.getTechnology() != null
				&& routine.getTechnology() == rule.getTechnology()
				&& (rule.getOperations().isEmpty() || rule.getOperations().contains(routine.getOperation()))).toList();
	}

	/** When the technology looks: the supervision windows of the routines that use it. */
	private static List<Map<String, Object>> windows(ConsentRule rule, List<RuleFile> rules, Values values, Texts texts)
			throws TemplateException {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Routine routine : routines(rule, rules)) {
			for (SupervisionWindow window : routine.getWindows()) {
				rows.add(row("operation", values.name(routine.getOperation()), "from", window.getFrom(), "to", window.getTo(),
						"interval", Routines.interval(window.getEvery(), texts.label(window.getUnit()),
								texts.text("plural." + window.getUnit().getName()), texts)));
			}
		}
		return rows;
	}

	/** The roles that may look (permission tillsyn) in the routines that use the technology. */
	private static String viewers(ConsentRule rule, List<RuleFile> rules, Values values) {
		Set<String> roles = new LinkedHashSet<>();
		for (Routine routine : routines(rule, rules)) {
			for (Role role : routine.getRoles()) {
				if (role.getPermissions().contains(Permission.TILLSYN)) {
					roles.add(RuleNames.shown(role.getName()));
				}
			}
		}
		return roles.isEmpty() ? values.notStated() : String.join(", ", roles);
	}

	/** The processors that handle the data for the controller: the activities' processors and the supplier. */
	private static List<String> processors(List<ProcessingActivity> activities, Technology technology, Values values) {
		Set<String> names = new LinkedHashSet<>();
		activities.forEach(activity -> activity.getProcessors().forEach(party -> names.add(values.name(party))));
		if (technology != null && technology.getSupplier() != null) {
			names.add(values.name(technology.getSupplier()));
		}
		return List.copyOf(names);
	}

	/** Whether each look is logged, from the flows out of the technology's systems that reach a person. */
	private static String logging(Assessment assessment, Technology technology, Texts texts) throws TemplateException {
		boolean any = false;
		boolean unstated = false;
		boolean none = true;
		for (DataFlow flow : assessment.getFlows()) {
			if (!of(flow.getSource(), technology) && !of(flow.getTarget(), technology)) {
				continue;
			}
			none = false;
			if (Facts.yes(flow.getAccessLogged())) {
				any = true;
			} else if (Facts.notStated(flow.getAccessLogged())) {
				unstated = true;
			}
		}
		return texts.text(any ? "info.logged.yes" : unstated || none ? "info.logged.notStated" : "info.logged.no");
	}

	private static boolean of(SystemAsset system, Technology technology) {
		return system != null && technology != null && system.getTechnology() == technology;
	}

	/** Each data category with how long it is kept, or that this is not stated. */
	private static List<Map<String, Object>> stored(List<ProcessingActivity> activities, Values values) {
		Set<DataCategory> categories = new LinkedHashSet<>();
		activities.forEach(activity -> categories.addAll(activity.getDataCategories()));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DataCategory category : categories) {
			rows.add(row("name", values.name(category), "retention", sentence(values.text(category.getRetention()))));
		}
		return rows;
	}

	/** Where the data is: inside the EU/EEA, outside it, or not stated; with the transfers the activities name. */
	private static List<String> where(List<ProcessingActivity> activities, Technology technology, Values values, Texts texts)
			throws TemplateException {
		List<String> sentences = new ArrayList<>();
		Location hosting = technology == null ? null : technology.getHosting();
		String state = hosting == null ? "notStated" : state(hosting.getInEuEea());
		sentences.add(texts.text("info.eu." + state));
		for (ProcessingActivity activity : activities) {
			for (Transfer transfer : activity.getTransfers()) {
				sentences.add(texts.text("info.transfer").replace("{recipient}", values.name(transfer.getRecipient()))
						.replace("{country}", values.text(transfer.getCountry())));
			}
		}
		return sentences;
	}

	/** What holds when the person cannot decide: a representative's consent, not used, or not stated. */
	private static void reducedCapacity(ConsentRule rule, Map<String, Object> document, Values values, Texts texts)
			throws TemplateException {
		ReducedCapacityClause reduced = rule.getReducedCapacity();
		document.put("representative", reduced == null || reduced.isNotUsed() ? false : row(
				"who", String.join(" " + texts.text("consent.or") + " ", reduced.getRepresentatives().stream().map(texts::label).toList()),
				"mustNotObject", reduced.isPersonMustNotObject()));
		document.put("notUsed", reduced == null || !reduced.isNotUsed() ? false : row("offer",
				reduced.getOffer() != null ? values.text(reduced.getOffer())
						: rule.getRefusal() == null ? values.notStated() : values.text(rule.getRefusal().getAlternative())));
		document.put("capacityNotStated", reduced == null);
	}
}
