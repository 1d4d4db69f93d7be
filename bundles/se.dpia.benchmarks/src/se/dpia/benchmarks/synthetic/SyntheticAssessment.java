package se.dpia.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import se.dpia.model.AgreementStatus;
import se.dpia.model.Art6Ground;
import se.dpia.model.Art9Condition;
import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.DataFlow;
import se.dpia.model.DataSubjectCategory;
import se.dpia.model.DataSubjectKind;
import se.dpia.model.DataSubjectRights;
import se.dpia.model.DpiaFactory;
import se.dpia.model.FearedEvent;
import se.dpia.model.FlowStorage;
import se.dpia.model.FlowTiming;
import se.dpia.model.JaNej;
import se.dpia.model.LinddunCategory;
import se.dpia.model.Location;
import se.dpia.model.LocationKind;
import se.dpia.model.Mitigation;
import se.dpia.model.MitigationKind;
import se.dpia.model.MitigationStatus;
import se.dpia.model.Party;
import se.dpia.model.PartyRole;
import se.dpia.model.Person;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.PubAgreement;
import se.dpia.model.Review;
import se.dpia.model.Risk;
import se.dpia.model.RiskStatus;
import se.dpia.model.SecurityCategory;
import se.dpia.model.SpecialCategory;
import se.dpia.model.SystemAsset;
import se.dpia.model.SystemKind;
import se.dpia.model.Technology;
import se.dpia.model.TechnologyKind;
import se.dpia.model.TechnologyStatus;
import se.dpia.model.Verksamhet;
import se.dpia.model.VerksamhetKind;

/**
 * A synthetic, valid assessment of a given {@link Size} for benchmarks: a county's camera supervision with a
 * processor under a signed PUB agreement, and risks, measures and flows drawn from a seeded {@link Random}, so the
 * same seed and size always give the same model. Every value the model's validation asks for is set, so checking
 * it finds no error and generating it runs every document kind on real content.
 */
public final class SyntheticAssessment {

	/** The ids of the operations that use the camera, which routines and the consent rule name. */
	static final String[] CAMERA_OPERATIONS = { "hemtjänst", "särskilt_boende", "LSS" };

	private static final DpiaFactory FACTORY = DpiaFactory.eINSTANCE;
	private static final String[] THREATS = { "Personal utan uppdrag hos brukaren", "Leverantörens personal",
			"Extern angripare via plattformen", "Felkopplad kamera efter flytt", "Strömavbrott eller fel i mobilnätet",
			"Oklar ansvarsfördelning för samtycket" };
	private static final String[] EVENTS = { "ser in i hemmet utan uppdrag", "får veta var brukaren bor",
			"missar att brukaren behöver hjälp", "sparar uppgifter längre än ändamålet kräver",
			"använder bilden för något annat än tillsyn", "kopplar kameran till fel brukare" };
	private static final String[] MEASURES = { "Behörigheter per tillsynsfönster", "Loggning av åtkomst",
			"Kryptering i mobilnätet", "Kvartalsvis loggkontroll", "Utbildning av nattpersonal", "Rutin vid flytt",
			"Fysiskt besök vid fel", "Gallring enligt PUB-avtalet" };

	private final Random random;
	private final Assessment assessment = FACTORY.createAssessment();
	private final List<DataSubjectCategory> subjects = new ArrayList<>();
	private final List<DataCategory> categories = new ArrayList<>();
	private final List<SystemAsset> systems = new ArrayList<>();
	private Person owner;

	private SyntheticAssessment(long seed) {
		this.random = new Random(seed);
	}

	/** The assessment of {@code size} that {@code seed} gives. */
	public static Assessment build(long seed, Size size) {
		return new SyntheticAssessment(seed).assessment(size);
	}

	private Assessment assessment(Size size) {
		assessment.setId("syntetisk");
		assessment.setName("Digital tillsyn via trygghetskamera, länets kommuner (syntetisk)");
		assessment.setOrganisation("Länets kommuner, socialnämnderna");
		assessment.setDiarienummer("SYN 26/" + size.risks());
		assessment.setVersion("1.0");
		assessment.setBackground("Syntetisk bedömning för prestandamätning: " + size.risks() + " risker, "
				+ size.flows() + " dataflöden, " + size.mitigations() + " åtgärder och " + size.routines() + " rutiner.");
		Party controller = party("socialnämnden", "Socialnämnden", PartyRole.PERSONUPPGIFTSANSVARIG);
		Party processor = party("leverantören", "Kameraleverantören AB", PartyRole.PERSONUPPGIFTSBITRADE);
		assessment.setController(controller);
		owner = person("förvaltningschef", "Förvaltningschef");
		assessment.setDpo(person("dataskyddsombudet", "Dataskyddsombud"));
		List<Verksamhet> operations = operations();
		Technology camera = technologies(processor, operations);
		subjectsAndCategories();
		ProcessingActivity activity = processing(operations, camera, processor);
		agreement(processor, activity);
		systems(size, camera, controller, processor);
		flows(size);
		riskScale();
		List<Mitigation> mitigations = mitigations(size);
		risks(size, mitigations);
		review();
		return assessment;
	}

	private Party party(String id, String name, PartyRole role) {
		Party party = FACTORY.createParty();
		party.setId(id);
		party.setName(name);
		party.setRole(role);
		party.setCountry("SE");
		party.setProcessingDescription("Behandlar personuppgifter för tillsynen enligt avtal och instruktioner.");
		assessment.getParties().add(party);
		return party;
	}

	private Person person(String id, String title) {
		Person person = FACTORY.createPerson();
		person.setId(id);
		person.setName(title + " (syntetisk)");
		person.setTitle(title);
		person.setOrganisation("Länets kommuner");
		assessment.getPeople().add(person);
		return person;
	}

	private List<Verksamhet> operations() {
		VerksamhetKind[] kinds = { VerksamhetKind.HEMTJANST, VerksamhetKind.SARSKILT_BOENDE, VerksamhetKind.LSS };
		List<Verksamhet> operations = new ArrayList<>();
		for (int i = 0; i < kinds.length; i++) {
			Verksamhet operation = FACTORY.createVerksamhet();
			operation.setId(CAMERA_OPERATIONS[i]);
			operation.setName(kinds[i].getLiteral());
			operation.setKind(kinds[i]);
			operation.setLegalBasis("SoL 4 kap. 1 §");
			assessment.getOperations().add(operation);
			operations.add(operation);
		}
		return operations;
	}

	private Technology technologies(Party supplier, List<Verksamhet> operations) {
		String need = "Tillsyn i hemmet utan fysiskt besök (nattlig tillsyn)";
		Technology sensor = FACTORY.createTechnology();
		sensor.setId("Rörelsesensor");
		sensor.setName("Rörelsesensor");
		sensor.setKind(TechnologyKind.RORELSESENSOR);
		sensor.setIntrusiveness(2);
		sensor.setStatus(TechnologyStatus.ALTERNATIV);
		sensor.setNeed(need);
		sensor.getOperations().addAll(operations);
		Technology camera = FACTORY.createTechnology();
		camera.setId("Trygghetskamera");
		camera.setName("Trygghetskamera");
		camera.setKind(TechnologyKind.TRYGGHETSKAMERA);
		camera.setIntrusiveness(4);
		camera.setStatus(TechnologyStatus.VALD);
		camera.setNeed(need);
		camera.setChoiceRationale("Sensorn larmar först när brukaren redan har lämnat sängen; kameran visar om brukaren behöver hjälp.");
		camera.setNightVision(JaNej.JA);
		camera.setSupplier(supplier);
		camera.setPlacement("Med överblick över rummet, inte över sängen");
		camera.getOperations().addAll(operations);
		assessment.getTechnologies().add(camera);
		assessment.getTechnologies().add(sensor);
		return camera;
	}

	private void subjectsAndCategories() {
		DataSubjectCategory user = FACTORY.createDataSubjectCategory();
		user.setId("brukare");
		user.setName("Brukare");
		user.setKind(DataSubjectKind.BRUKARE);
		user.setVulnerable(JaNej.JA);
		user.setVulnerability("Äldre och personer med funktionsnedsättning, ofta med nedsatt beslutsförmåga");
		user.setCount("900");
		DataSubjectCategory staff = FACTORY.createDataSubjectCategory();
		staff.setId("personal");
		staff.setName("Personal");
		staff.setKind(DataSubjectKind.PERSONAL);
		staff.setCount("300");
		subjects.add(user);
		subjects.add(staff);
		assessment.getDataSubjects().addAll(subjects);
		category("bild_i_realtid", "Bild i realtid", SpecialCategory.INGEN, 0);
		category("hälsa_omsorg", "Hälso- och omsorgsuppgifter", SpecialCategory.HALSA, 3650);
		category("tillsynslogg", "Tillsynslogg", SpecialCategory.INGEN, 365);
		category("identitet_adress", "Identitet och adress", SpecialCategory.INGEN, 730);
	}

	private void category(String id, String name, SpecialCategory special, int days) {
		DataCategory category = FACTORY.createDataCategory();
		category.setId(id);
		category.setName(name);
		category.setSpecialCategory(special);
		category.setRetention(days == 0 ? "Lagras inte" : "Gallras efter " + days + " dagar");
		category.setRetentionDays(days);
		categories.add(category);
		assessment.getDataCategories().add(category);
	}

	private ProcessingActivity processing(List<Verksamhet> operations, Technology camera, Party processor) {
		ProcessingActivity activity = FACTORY.createProcessingActivity();
		activity.setId("digital_tillsyn");
		activity.setName("Digital tillsyn via trygghetskamera");
		activity.getPurposes().add("Nattlig tillsyn av brukarens trygghet och säkerhet utan att väcka brukaren");
		activity.setArt6Ground(Art6Ground.ALLMAN_INTRESSE);
		activity.setArt9Condition(Art9Condition.VARD_OCH_OMSORG);
		activity.getNationalBasis().add("SoL 4 kap. 2 c §");
		activity.getDataSubjects().addAll(subjects);
		activity.getDataCategories().addAll(categories);
		activity.getOperations().addAll(operations);
		activity.getTechnologies().add(camera);
		activity.getProcessors().add(processor);
		activity.setOwner(owner);
		activity.setNature("Livebild under överenskomna tillsynsfönster; åtkomsten loggas.");
		activity.setMinimisation("Ingen inspelning och inget ljud; kameran är i viloläge utanför tillsynsfönstren.");
		activity.setDataSubjectInformation("Biståndshandläggaren informerar brukaren muntligt och skriftligt.");
		activity.setInformationTiming("Innan samtycket inhämtas.");
		assessment.getProcessingActivities().add(activity);
		return activity;
	}

	private void agreement(Party processor, ProcessingActivity activity) {
		PubAgreement agreement = FACTORY.createPubAgreement();
		agreement.setId("pub_avtal");
		agreement.setName("PUB-avtal med kameraleverantören");
		agreement.setProcessor(processor);
		agreement.setStatus(AgreementStatus.UNDERTECKNAT);
		agreement.setSigned("2026-01-15");
		agreement.setLogTerms("Tillsynsloggar gallras efter ett år.");
		agreement.getProcessingActivities().add(activity);
		assessment.getAgreements().add(agreement);
	}

	private void systems(Size size, Technology camera, Party controller, Party processor) {
		Location home = location("hemmet", "Brukarens hem", LocationKind.HEM);
		Location municipality = location("kommunen", "Kommunen", LocationKind.KOMMUN);
		Location cloud = location("molnet", "Leverantörens plattform i Sverige", LocationKind.LEVERANTORSMOLN);
		SystemKind[] kinds = { SystemKind.KAMERA, SystemKind.ROUTER, SystemKind.ADMINISTRATION, SystemKind.KLIENT,
				SystemKind.VERKSAMHETSSYSTEM };
		Location[] places = { home, home, cloud, municipality, municipality };
		int count = Math.max(kinds.length, size.flows() / 4);
		for (int i = 0; i < count; i++) {
			int kind = i % kinds.length;
			SystemAsset system = FACTORY.createSystemAsset();
			system.setId(i == kinds.length - 1 ? "Verksamhetssystem" : "system_" + i);
			system.setName(kinds[kind].getLiteral() + " " + (i / kinds.length + 1));
			system.setKind(kinds[kind]);
			system.setLocation(places[kind]);
			system.setTechnology(kind < 3 ? camera : null);
			system.setOperatedBy(kind == 2 ? processor : kind >= 3 ? controller : null);
			system.setStoresData(kind >= 2 ? JaNej.JA : JaNej.NEJ);
			systems.add(system);
			assessment.getSystems().add(system);
		}
	}

	private Location location(String id, String name, LocationKind kind) {
		Location location = FACTORY.createLocation();
		location.setId(id);
		location.setName(name);
		location.setKind(kind);
		location.setCountry("SE");
		location.setInEuEea(JaNej.JA);
		location.setTrustZone(name);
		assessment.getLocations().add(location);
		return location;
	}

	private void flows(Size size) {
		for (int i = 0; i < size.flows(); i++) {
			SystemAsset source = systems.get(random.nextInt(systems.size()));
			SystemAsset target = systems.get((systems.indexOf(source) + 1 + random.nextInt(systems.size() - 1)) % systems.size());
			DataFlow flow = FACTORY.createDataFlow();
			flow.setId("F" + (i + 1));
			flow.setName("Flöde " + (i + 1) + ": " + source.getName() + " till " + target.getName());
			flow.setSource(source);
			flow.setTarget(target);
			flow.getDataCategories().add(categories.get(random.nextInt(categories.size())));
			flow.setWhen(random.nextBoolean() ? FlowTiming.TILLSYNSFONSTER : FlowTiming.PA_BEGARAN);
			flow.setStorage(FlowStorage.LAGRAS);
			flow.setEncrypted(JaNej.JA);
			flow.setEncryption("TLS 1.3");
			flow.setAccessLogged(JaNej.JA);
			flow.setLogging("Vem, när och hur länge");
			flow.setLogRetentionDays(180 + random.nextInt(180));
			assessment.getFlows().add(flow);
		}
	}

	private void riskScale() {
		String[] labels = { "Obetydlig", "Begränsad", "Betydande", "Maximal" };
		String[] english = { "negligible", "limited", "significant", "maximum" };
		var scale = FACTORY.createRiskScale();
		for (int value = 1; value <= labels.length; value++) {
			var level = FACTORY.createScaleLevel();
			level.setValue(value);
			level.setLabel(labels[value - 1]);
			level.setLabelEn(english[value - 1]);
			scale.getLevels().add(level);
		}
		scale.setAcceptableLevel(6);
		assessment.setRiskScale(scale);
	}

	private List<Mitigation> mitigations(Size size) {
		List<Mitigation> mitigations = new ArrayList<>();
		MitigationStatus[] statuses = MitigationStatus.values();
		SecurityCategory[] securityCategories = SecurityCategory.values();
		for (int i = 0; i < size.mitigations(); i++) {
			Mitigation mitigation = FACTORY.createMitigation();
			mitigation.setId("A" + (i + 1));
			mitigation.setName(MEASURES[random.nextInt(MEASURES.length)] + " " + (i + 1));
			mitigation.setDescription("Åtgärd " + (i + 1) + " som minskar sannolikheten eller konsekvensen.");
			mitigation.setKind(random.nextBoolean() ? MitigationKind.TEKNISK : MitigationKind.ORGANISATORISK);
			mitigation.setSecurityCategory(securityCategories[random.nextInt(securityCategories.length)]);
			mitigation.setStatus(statuses[random.nextInt(statuses.length)]);
			mitigation.setOwner(owner);
			mitigation.setDueDate(String.format("2026-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
			mitigations.add(mitigation);
			assessment.getMitigations().add(mitigation);
		}
		return mitigations;
	}

	private void risks(Size size, List<Mitigation> mitigations) {
		FearedEvent[] events = { FearedEvent.OBEHORIG_ATKOMST, FearedEvent.OONSKAD_ANDRING, FearedEvent.FORSVINNANDE };
		LinddunCategory[] linddun = LinddunCategory.values();
		for (int i = 0; i < size.risks(); i++) {
			Risk risk = FACTORY.createRisk();
			risk.setId("R" + (i + 1));
			String threat = THREATS[random.nextInt(THREATS.length)];
			risk.setName(threat + " " + EVENTS[random.nextInt(EVENTS.length)]);
			risk.setDescription("Risk " + (i + 1) + ": " + risk.getName().toLowerCase() + ".");
			risk.setThreatSource(threat);
			risk.getAffected().add(subjects.get(random.nextInt(subjects.size())));
			risk.setFearedEvent(events[random.nextInt(events.length)]);
			risk.setLinddun(linddun[1 + random.nextInt(linddun.length - 1)]);
			risk.setLikelihood(1 + random.nextInt(4));
			risk.setSeverity(1 + random.nextInt(4));
			// after the measures at most 2 × 3 = 6, the acceptable level: no prior consultation, no sign-off error
			risk.setResidualLikelihood(1 + random.nextInt(2));
			risk.setResidualSeverity(1 + random.nextInt(3));
			risk.setStatus(random.nextBoolean() ? RiskStatus.HANTERAD : RiskStatus.OPPEN);
			risk.getMitigations().add(mitigations.get(i % mitigations.size()));
			Mitigation second = mitigations.get(random.nextInt(mitigations.size()));
			if (!risk.getMitigations().contains(second)) {
				risk.getMitigations().add(second);
			}
			assessment.getRisks().add(risk);
		}
	}

	private void review() {
		Review review = FACTORY.createReview();
		review.setDpoOpinion("Dataskyddsombudet har yttrat sig över den syntetiska bedömningen.");
		review.setDataSubjectViews("Brukarråd och anhörigföreningar har lämnat synpunkter.");
		review.setNextReviewDate("2027-06-01");
		assessment.setReview(review);
		DataSubjectRights rights = FACTORY.createDataSubjectRights();
		rights.setRequests("Begäran lämnas till socialnämndens registratur och besvaras inom en månad.");
		assessment.setRights(rights);
	}
}
