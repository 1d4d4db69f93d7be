package se.dpia.compliance.screening;

import static se.dpia.compliance.ModelQueries.chosenTechnologies;
import static se.dpia.compliance.ModelQueries.firstWordIn;
import static se.dpia.compliance.ModelQueries.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.dpia.compliance.Fact;
import se.dpia.compliance.ModelQueries;
import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.DataFlow;
import se.dpia.model.DataSubjectCategory;
import se.dpia.model.FlowTiming;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.SystemAsset;
import se.dpia.model.SystemKind;
import se.dpia.model.Technology;
import se.dpia.model.TechnologyKind;
import se.dpia.model.facts.Facts;

/**
 * The screening rules, all in one place: for each WP248 criterion, the model facts that make it hold. A criterion
 * holds when its rule finds at least one fact. Where the model has no field for a criterion (1, 2, 9), the rule
 * reads the words of the processing activities; the word lists are here.
 */
public final class ScreeningRules {

	/**
	 * Data subjects counted from which processing is large scale. WP248 and IMY give no number; a thousand persons
	 * is more than a municipality's pilot or a single unit (Nynäshamn: 81 clients with supervision visits) and about a
	 * whole municipality's home care, which is where the processing stops being local.
	 */
	public static final int LARGE_SCALE_SUBJECTS = 1000;

	/** Technologies that watch or sense the person over time: systematic monitoring (criterion 3). */
	static final Set<TechnologyKind> MONITORING = Set.of(TechnologyKind.TRYGGHETSKAMERA, TechnologyKind.GPS_LARM,
			TechnologyKind.RORELSESENSOR, TechnologyKind.DORRSENSOR, TechnologyKind.FONSTERSENSOR,
			TechnologyKind.FALLSENSOR, TechnologyKind.SANGSENSOR);

	/**
	 * Technologies that are new or rarely used in social services (criterion 8; seed 000: a DPIA for new or rarely
	 * used technology): camera supervision in the home, speakers into the home, and anything not an established kind.
	 * Alarms and sensors have long been in use.
	 */
	static final Set<TechnologyKind> NEW_TECHNOLOGY = Set.of(TechnologyKind.TRYGGHETSKAMERA, TechnologyKind.HOGTALARE,
			TechnologyKind.ANNAN);

	static final List<String> EVALUATION_WORDS = List.of("profilering", "poängsätt", "prediktion", "prediktiv",
			"förutsäga", "beteendeanalys", "profiling", "scoring", "predict", "behaviour analysis");
	static final List<String> AUTOMATED_DECISION_WORDS = List.of("automatiserat beslut", "automatiserade beslut",
			"automatiskt beslut", "automatiska beslut", "beslutas automatiskt", "automated decision");
	static final List<String> MATCHING_WORDS = List.of("samkör", "matchning", "kombinera", "combining", "matching");
	static final List<String> PREVENTS_WORDS = List.of("villkor för insatsen", "villkor för tjänsten",
			"nekas insatsen", "nekas tjänsten", "condition for the service", "denied the service");

	private static final Pattern NUMBER = Pattern.compile("\\d[\\d\\u00a0 ]*");

	private ScreeningRules() {
	}

	/** The facts that make a criterion hold; empty when it doesn't. */
	public static List<Fact> factsFor(Criterion criterion, Assessment assessment) {
		return switch (criterion) {
			case EVALUATION_SCORING -> wordsInActivities(assessment, EVALUATION_WORDS);
			case AUTOMATED_DECISION -> wordsInActivities(assessment, AUTOMATED_DECISION_WORDS);
			case SYSTEMATIC_MONITORING -> systematicMonitoring(assessment);
			case SENSITIVE_DATA -> sensitiveData(assessment);
			case LARGE_SCALE -> largeScale(assessment);
			case MATCHING_DATASETS -> matchingDatasets(assessment);
			case VULNERABLE_SUBJECTS -> vulnerableSubjects(assessment);
			case INNOVATIVE_TECHNOLOGY -> innovativeTechnology(assessment);
			case PREVENTS_RIGHT_OR_SERVICE -> wordsInActivities(assessment, PREVENTS_WORDS);
		};
	}

	/** Processing activities whose name, description, purposes or nature use one of the words. */
	private static List<Fact> wordsInActivities(Assessment assessment, List<String> words) {
		List<Fact> facts = new ArrayList<>();
		for (ProcessingActivity activity : assessment.getProcessingActivities()) {
			List<String> texts = new ArrayList<>(activity.getPurposes());
			texts.add(activity.getName());
			texts.add(activity.getDescription());
			texts.add(activity.getNature());
			String word = firstWordIn(words, texts.toArray(String[]::new));
			if (word != null) {
				facts.add(Fact.of(activity, "fact.activityWords", word));
			}
		}
		return facts;
	}

	/** Chosen technologies that watch or sense the person, and the flows from their devices that run always or at set times. */
	private static List<Fact> systematicMonitoring(Assessment assessment) {
		List<Fact> facts = new ArrayList<>();
		for (Technology technology : chosenTechnologies(assessment)) {
			if (MONITORING.contains(technology.getKind())) {
				facts.add(Fact.of(technology, "fact.monitoringTechnology", technology.getKind().getLiteral()));
			}
		}
		List<Technology> chosen = chosenTechnologies(assessment);
		for (DataFlow flow : assessment.getFlows()) {
			SystemAsset source = flow.getSource();
			Technology technology = source == null ? null : source.getTechnology();
			// The device itself (camera or sensor), not the routers and platforms of its technology; a kind or a timing
			// not stated counts, so an incomplete model screens as strictly as a complete one.
			boolean device = source != null && (source.getKind() == SystemKind.KAMERA || source.getKind() == SystemKind.SENSOR
					|| source.getKind() == SystemKind.EJ_ANGIVEN);
			boolean regular = flow.getWhen() == FlowTiming.ALLTID || flow.getWhen() == FlowTiming.TILLSYNSFONSTER
					|| flow.getWhen() == FlowTiming.EJ_ANGIVEN;
			if (device && chosen.contains(technology) && MONITORING.contains(technology.getKind()) && regular) {
				facts.add(Fact.of(flow, "fact.regularFlow", flow.getWhen().getLiteral(), ModelQueries.nameOf(technology)));
			}
		}
		return facts;
	}

	/** Art. 9 data, data of a highly personal nature, protected identities, and images from inside the home. */
	private static List<Fact> sensitiveData(Assessment assessment) {
		List<Fact> facts = new ArrayList<>();
		for (DataCategory category : assessment.getDataCategories()) {
			if (Facts.special(category.getSpecialCategory())) {
				facts.add(Fact.of(category, "fact.specialCategory", category.getSpecialCategory().getLiteral()));
			}
			if (Facts.yes(category.getHighlyPersonal())) {
				facts.add(Fact.of(category, "fact.highlyPersonal"));
			}
			if (Facts.yes(category.getProtectedIdentity())) {
				facts.add(Fact.of(category, "fact.protectedIdentity"));
			}
		}
		for (Technology technology : chosenTechnologies(assessment)) {
			if (technology.getKind() == TechnologyKind.TRYGGHETSKAMERA) {
				facts.add(Fact.of(technology, "fact.imagesFromHome", orDash(technology.getPlacement())));
			}
		}
		return facts;
	}

	/** Data subject categories whose counts add up to {@link #LARGE_SCALE_SUBJECTS} or more. */
	private static List<Fact> largeScale(Assessment assessment) {
		List<Fact> facts = new ArrayList<>();
		int total = 0;
		for (DataSubjectCategory subjects : assessment.getDataSubjects()) {
			int count = countIn(subjects.getCount());
			if (count > 0) {
				total += count;
				facts.add(Fact.of(subjects, "fact.subjectCount", subjects.getCount()));
			}
		}
		return total >= LARGE_SCALE_SUBJECTS ? facts : List.of();
	}

	/** The first number in a count written in words, e.g. 8 in "8 testpersoner", 1200 in "ca 1 200"; 0 if none. */
	static int countIn(String count) {
		if (count == null) {
			return 0;
		}
		Matcher matcher = NUMBER.matcher(count);
		if (!matcher.find()) {
			return 0;
		}
		String digits = matcher.group().replaceAll("[^0-9]", "");
		return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
	}

	/**
	 * Systems where data of two or more processing activities meet (the activities' data categories arrive on flows
	 * into the same system), and activities that say they match or combine data.
	 */
	private static List<Fact> matchingDatasets(Assessment assessment) {
		List<Fact> facts = new ArrayList<>();
		for (SystemAsset system : assessment.getSystems()) {
			Set<String> activities = new LinkedHashSet<>();
			for (DataFlow flow : assessment.getFlows()) {
				if (flow.getTarget() != system) {
					continue;
				}
				for (ProcessingActivity activity : assessment.getProcessingActivities()) {
					if (activity.getDataCategories().stream().anyMatch(flow.getDataCategories()::contains)) {
						activities.add(ModelQueries.nameOf(activity));
					}
				}
			}
			if (activities.size() >= 2) {
				facts.add(Fact.of(system, "fact.datasetsMeet", String.join(", ", activities)));
			}
		}
		facts.addAll(wordsInActivities(assessment, MATCHING_WORDS));
		return facts;
	}

	/** Data subject categories marked vulnerable. */
	private static List<Fact> vulnerableSubjects(Assessment assessment) {
		return assessment.getDataSubjects().stream().filter(subjects -> Facts.yes(subjects.getVulnerable()))
				.map(s -> Fact.of(s, "fact.vulnerable", orDash(s.getVulnerability()))).toList();
	}

	private static String orDash(String value) {
		return text(value).isBlank() ? "–" : value;
	}

	/** Chosen technologies of a new or rarely used kind. */
	private static List<Fact> innovativeTechnology(Assessment assessment) {
		return chosenTechnologies(assessment).stream().filter(t -> NEW_TECHNOLOGY.contains(t.getKind()))
				.map(t -> Fact.of(t, "fact.newTechnology", t.getKind().getLiteral())).toList();
	}
}
