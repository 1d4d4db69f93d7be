package se.dpia.documents;

import se.dpia.model.AgreementStatus;
import se.dpia.model.Art6Ground;
import se.dpia.model.Art9Condition;
import se.dpia.model.Assessment;
import se.dpia.model.Conclusion;
import se.dpia.model.DataCategory;
import se.dpia.model.DataFlow;
import se.dpia.model.DataSubjectCategory;
import se.dpia.model.DpiaFactory;
import se.dpia.model.FlowStorage;
import se.dpia.model.JaNej;
import se.dpia.model.Location;
import se.dpia.model.Mitigation;
import se.dpia.model.MitigationStatus;
import se.dpia.model.Party;
import se.dpia.model.PartyRole;
import se.dpia.model.Person;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.PubAgreement;
import se.dpia.model.RecordingMode;
import se.dpia.model.Review;
import se.dpia.model.Revision;
import se.dpia.model.Risk;
import se.dpia.model.RiskKind;
import se.dpia.model.SpecialCategory;
import se.dpia.model.SystemAsset;
import se.dpia.model.SystemKind;
import se.dpia.model.Technology;
import se.dpia.model.TechnologyKind;
import se.dpia.model.TechnologyStatus;

/** Small assessments built in code, so the tests don't depend on how the bundled example grows. */
final class TestAssessments {

	static final String SUPPLIER = "Trygga Hem Teknik AB";
	static final String SUB_PROCESSOR = "Molndrift Norr AB";
	static final String LOG_TERMS = "Tillsynsloggar sparas i 90 dagar och gallras sedan automatiskt.";

	private static final DpiaFactory F = DpiaFactory.eINSTANCE;

	private TestAssessments() {
	}

	/** A camera supervision assessment with one processor, a sub-processor, two risks and their measures. */
	static Assessment camera() {
		Assessment a = F.createAssessment();
		a.setId("test-kamera");
		a.setName("Nattlig kameratillsyn i Provkommunen");
		a.setOrganisation("Provkommunen, socialnämnden");
		a.setDiarienummer("SN 2026/17");
		a.setVersion("1.0");
		a.setBackground("Nattlig tillsyn via kamera i stället för fysiska besök.");

		Party controller = party("socialnamnden", "Socialnämnden i Provkommunen", PartyRole.PERSONUPPGIFTSANSVARIG);
		Party supplier = party("tryggahem", SUPPLIER, PartyRole.PERSONUPPGIFTSBITRADE);
		supplier.setAddress("Storgatan 1, 111 11 Stockholm");
		supplier.setProcessingDescription("Drift av kameraplattformen.");
		Party cloud = party("molndrift", SUB_PROCESSOR, PartyRole.UNDERBITRADE);
		cloud.setEngagedBy(supplier);
		a.getParties().add(controller);
		a.getParties().add(supplier);
		a.getParties().add(cloud);
		a.setController(controller);

		Person dpo = F.createPerson();
		dpo.setId("dso");
		dpo.setName("Dana Dataskydd");
		dpo.setTitle("dataskyddsombud");
		Person owner = F.createPerson();
		owner.setId("pl");
		owner.setName("Pia Projektledare");
		a.getPeople().add(dpo);
		a.getPeople().add(owner);
		a.setDpo(dpo);

		DataSubjectCategory brukare = F.createDataSubjectCategory();
		brukare.setId("brukare");
		brukare.setName("Brukare med nattlig tillsyn");
		brukare.setVulnerable(JaNej.JA);
		brukare.setVulnerability("äldre, ofta med nedsatt beslutsförmåga");
		a.getDataSubjects().add(brukare);
		DataCategory bild = F.createDataCategory();
		bild.setId("bild");
		bild.setName("Bild från bostaden");
		bild.setHighlyPersonal(JaNej.JA);
		bild.setSpecialCategory(SpecialCategory.HALSA);
		bild.setRetention("Sparas inte; endast realtid.");
		a.getDataCategories().add(bild);

		ProcessingActivity tillsyn = F.createProcessingActivity();
		tillsyn.setId("tillsyn");
		tillsyn.setName("Nattlig tillsyn");
		tillsyn.getPurposes().add("Trygghet under natten");
		tillsyn.setArt6Ground(Art6Ground.ALLMAN_INTRESSE);
		tillsyn.setArt9Condition(Art9Condition.VARD_OCH_OMSORG);
		tillsyn.getNationalBasis().add("SoL 4 kap. 2 c §");
		tillsyn.getDataSubjects().add(brukare);
		tillsyn.getDataCategories().add(bild);
		tillsyn.getProcessors().add(supplier);
		tillsyn.setNature("Överföring av bild i realtid vid tillsynstillfället.");
		a.getProcessingActivities().add(tillsyn);

		Technology kamera = F.createTechnology();
		kamera.setId("kamera");
		kamera.setName("Trygghetskamera");
		kamera.setKind(TechnologyKind.TRYGGHETSKAMERA);
		kamera.setStatus(TechnologyStatus.VALD);
		kamera.setRecording(RecordingMode.ENDAST_REALTID);
		kamera.setIntrusiveness(4);
		kamera.setNeed("nattlig tillsyn");
		kamera.setSupplier(supplier);
		a.getTechnologies().add(kamera);

		Location hem = F.createLocation();
		hem.setId("hem");
		hem.setName("Brukarens bostad");
		a.getLocations().add(hem);
		SystemAsset cam = system("cam", "Kamera i sovrummet", hem);
		cam.setKind(SystemKind.KAMERA);
		SystemAsset platform = system("plattform", "Kameraplattform", null);
		a.getSystems().add(cam);
		a.getSystems().add(platform);
		DataFlow flow = F.createDataFlow();
		flow.setId("f1");
		flow.setName("Bildström");
		flow.setSource(cam);
		flow.setTarget(platform);
		flow.setStorage(FlowStorage.ENDAST_REALTID);
		flow.setEncrypted(JaNej.JA);
		flow.setEncryption("TLS 1.3");
		flow.setAccessLogged(JaNej.JA);
		flow.setLogging("Vem som tittade, när och hur länge.");
		flow.setLogRetention("90 dagar");
		flow.setProcessor(supplier);
		a.getFlows().add(flow);

		PubAgreement agreement = F.createPubAgreement();
		agreement.setId("pub-tryggahem");
		agreement.setProcessor(supplier);
		agreement.setStatus(AgreementStatus.UTKAST);
		agreement.setLogTerms(LOG_TERMS);
		agreement.getProcessingActivities().add(tillsyn);
		a.getAgreements().add(agreement);

		Risk r1 = risk("R1", "Obehörig tittar in", 3, 4, 1, 4);
		Risk r2 = risk("R2", "Bilden når fel mottagare", 2, 3, 0, 0);
		a.getRisks().add(r1);
		a.getRisks().add(r2);
		Mitigation a1 = mitigation("A1", "Behörighetsstyrning", "Endast tjänstgörande nattpersonal får se bilden.");
		a1.setOwner(owner);
		a1.setDueDate("2026-12-01");
		a1.setStatus(MitigationStatus.PLANERAD);
		a1.getRisks().add(r1);
		Mitigation a2 = mitigation("A2", "Krypterad överföring", "All bild överförs krypterad med TLS 1.3.");
		a2.setCarriedOutBy(supplier);
		a2.getRisks().add(r2);
		a.getMitigations().add(a1);
		a.getMitigations().add(a2);

		Review review = F.createReview();
		review.setDpoOpinion("Behandlingen kan genomföras med de planerade åtgärderna.");
		review.setConclusion(Conclusion.GODKAND_MED_VILLKOR);
		a.setReview(review);

		Revision revision = F.createRevision();
		revision.setVersion("1.0");
		revision.setDate("2026-11-20");
		revision.setReason("Första versionen");
		a.getRevisions().add(revision);
		return a;
	}

	/**
	 * The camera assessment with its registers made longer: {@code risks} risks to the data subjects, {@code flows}
	 * data flows, {@code measures} measures and {@code projectRisks} project risks in all.
	 */
	static Assessment withRegisters(int risks, int flows, int measures, int projectRisks) {
		Assessment a = camera();
		for (int i = a.getRisks().size() + 1; i <= risks; i++) {
			a.getRisks().add(risk("R" + i, "Risk nummer " + i, 2, 3, 1, 3));
		}
		for (int i = 1; i <= projectRisks; i++) {
			Risk project = risk("P" + i, "Projektrisk nummer " + i, 2, 2, 1, 2);
			project.setKind(RiskKind.PROJEKT);
			a.getRisks().add(project);
		}
		for (int i = a.getFlows().size() + 1; i <= flows; i++) {
			DataFlow flow = F.createDataFlow();
			flow.setId("f" + i);
			flow.setName("Flöde nummer " + i);
			flow.setSource(a.getSystems().get(0));
			flow.setTarget(a.getSystems().get(1));
			a.getFlows().add(flow);
		}
		for (int i = a.getMitigations().size() + 1; i <= measures; i++) {
			a.getMitigations().add(mitigation("A" + i, "Åtgärd nummer " + i, "Beskrivning av åtgärd " + i + "."));
		}
		return a;
	}

	private static Party party(String id, String name, PartyRole role) {
		Party party = F.createParty();
		party.setId(id);
		party.setName(name);
		party.setRole(role);
		return party;
	}

	private static SystemAsset system(String id, String name, Location location) {
		SystemAsset system = F.createSystemAsset();
		system.setId(id);
		system.setName(name);
		system.setLocation(location);
		return system;
	}

	private static Risk risk(String id, String name, int likelihood, int severity, int residualLikelihood, int residualSeverity) {
		Risk risk = F.createRisk();
		risk.setId(id);
		risk.setName(name);
		risk.setLikelihood(likelihood);
		risk.setSeverity(severity);
		risk.setResidualLikelihood(residualLikelihood);
		risk.setResidualSeverity(residualSeverity);
		return risk;
	}

	private static Mitigation mitigation(String id, String name, String description) {
		Mitigation mitigation = F.createMitigation();
		mitigation.setId(id);
		mitigation.setName(name);
		mitigation.setDescription(description);
		return mitigation;
	}
}
