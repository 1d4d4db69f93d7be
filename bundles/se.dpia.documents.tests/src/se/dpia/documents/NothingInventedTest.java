package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.DataFlow;
import se.dpia.model.DataSubjectCategory;
import se.dpia.model.DpiaFactory;
import se.dpia.model.DpiaPackage;
import se.dpia.model.Location;
import se.dpia.model.Mitigation;
import se.dpia.model.Party;
import se.dpia.model.PartyRole;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.PubAgreement;
import se.dpia.model.Review;
import se.dpia.model.Risk;
import se.dpia.model.SystemAsset;
import se.dpia.model.Technology;
import se.dpia.model.Verksamhet;
import se.dpia.rules.rules.ConsentRule;
import se.dpia.rules.rules.RuleFile;
import se.dpia.rules.rules.RulesFactory;

/**
 * A model that states none of its optional facts gives documents that say "Ej angivet" for each of them, never a
 * "Ja", a "Nej" or the first value of a list that nobody chose.
 */
class NothingInventedTest {

	private static final DpiaFactory F = DpiaFactory.eINSTANCE;
	private static final String NOT_STATED = "Ej angivet";

	@TempDir
	Path out;

	/** One element of each kind, with ids, names and references only. */
	static Assessment unstated() {
		Assessment a = F.createAssessment();
		a.setId("tom");
		a.setName("Bedömning utan angivna fakta");
		Party controller = F.createParty();
		controller.setId("namnden");
		controller.setName("Nämnden");
		Party processor = F.createParty();
		processor.setId("leverantoren");
		processor.setName("Leverantören");
		processor.setRole(PartyRole.PERSONUPPGIFTSBITRADE); // who gets PUB annexes: stated on purpose
		a.getParties().add(controller);
		a.getParties().add(processor);
		a.setController(controller);
		Verksamhet operation = F.createVerksamhet();
		operation.setId("verksamheten");
		a.getOperations().add(operation);
		DataSubjectCategory subjects = F.createDataSubjectCategory();
		subjects.setId("de_registrerade");
		a.getDataSubjects().add(subjects);
		DataCategory data = F.createDataCategory();
		data.setId("uppgifterna");
		a.getDataCategories().add(data);
		ProcessingActivity activity = F.createProcessingActivity();
		activity.setId("behandlingen");
		activity.getDataSubjects().add(subjects);
		activity.getDataCategories().add(data);
		activity.getProcessors().add(processor);
		a.getProcessingActivities().add(activity);
		Technology technology = F.createTechnology();
		technology.setId("tekniken");
		a.getTechnologies().add(technology);
		Location location = F.createLocation();
		location.setId("platsen");
		a.getLocations().add(location);
		SystemAsset source = F.createSystemAsset();
		source.setId("systemet");
		source.setLocation(location);
		SystemAsset target = F.createSystemAsset();
		target.setId("plattformen");
		target.setLocation(location);
		a.getSystems().add(source);
		a.getSystems().add(target);
		DataFlow flow = F.createDataFlow();
		flow.setId("flodet");
		flow.setSource(source);
		flow.setTarget(target);
		flow.getDataCategories().add(data);
		flow.setProcessor(processor);
		a.getFlows().add(flow);
		PubAgreement agreement = F.createPubAgreement();
		agreement.setId("avtalet");
		agreement.setProcessor(processor);
		agreement.getProcessingActivities().add(activity);
		a.getAgreements().add(agreement);
		Risk risk = F.createRisk();
		risk.setId("R1");
		a.getRisks().add(risk);
		Mitigation measure = F.createMitigation();
		measure.setId("A1");
		measure.setCarriedOutBy(processor);
		measure.getRisks().add(risk);
		a.getMitigations().add(measure);
		Review review = F.createReview();
		a.setReview(review);
		return a;
	}

	@Test
	void theReportSaysNotStatedForEveryYesNoAndEnumeratedFact() throws Exception {
		Map<String, Object> report = values(new DpiaReport());
		assertNotStated(report, "operations", "kind");
		assertNotStated(report, "dataSubjects", "kind", "vulnerable");
		assertNotStated(report, "dataCategories", "special", "highlyPersonal", "protectedIdentity");
		assertNotStated(report, "technologies", "kind", "status", "recording", "nightVision", "audio");
		assertNotStated(report, "systems", "kind", "storesData");
		assertNotStated(report, "locations", "kind", "inEuEea");
		assertNotStated(report, "flows", "when", "storage", "encryption", "accessLogged");
		assertEquals(NOT_STATED, ((Map<?, ?>) report.get("review")).get("priorConsultation"), "review.priorConsultation");
		assertEquals(Boolean.FALSE, first(report, "dataCategories").get("sensitive"), "unstated data is not called sensitive");
	}

	@Test
	void theNecessityAndProportionalitySectionSaysNotStatedForEachOfItsFacts() throws Exception {
		Map<String, Object> report = values(new DpiaReport());
		assertNotStated(report, "minimisation", "minimisation");
		assertNotStated(report, "retention", "period", "end");
		assertNotStated(report, "information", "how", "when");
		assertNotStated(report, "processorSummary", "country", "agreement");
		assertNotStated(report, "technologies", "rationale");
		Map<?, ?> rights = (Map<?, ?>) report.get("rights");
		for (String key : List.of("access", "rectification", "erasure", "objection", "requests")) {
			assertEquals(NOT_STATED, rights.get(key), "rights." + key);
		}
		Map<?, ?> review = (Map<?, ?>) report.get("review");
		assertEquals(NOT_STATED, review.get("nextReviewDate"), "review.nextReviewDate");
		assertEquals(NOT_STATED, review.get("nextReviewBy"), "review.nextReviewBy");
		assertEquals(NOT_STATED, report.get("nextReviewDate"), "the next review on the first page");
	}

	@Test
	void thePubAnnexesSayNotStatedForTheAgreementsAndMeasuresFacts() throws Exception {
		Map<String, Object> annexes = values(new PubAnnexes());
		Map<?, ?> agreement = (Map<?, ?>) annexes.get("agreement");
		for (String key : List.of("status", "authorisation", "standardClauses")) {
			assertEquals(NOT_STATED, agreement.get(key), "agreement." + key);
		}
		assertNotStated(annexes, "measures", "category", "kind", "status");
		assertNotStated(annexes, "dataCategories", "special", "highlyPersonal", "protectedIdentity", "retention", "safeguards");
		assertEquals(NOT_STATED, agreement.get("endOfProcessing"), "agreement.endOfProcessing");
		for (String party : List.of("controllerParty", "processor")) {
			Map<?, ?> signatory = (Map<?, ?>) ((Map<?, ?>) annexes.get(party)).get("signatory");
			assertEquals(NOT_STATED, signatory.get("position"), party + ".signatory.position");
			assertEquals(NOT_STATED, signatory.get("printedName"), party + ".signatory.printedName");
		}
	}

	@Test
	void thePubAgreementSaysNotStatedForEveryChoiceTheClausesLeaveOpen() throws Exception {
		Map<?, ?> contract = (Map<?, ?>) values(new PubAgreements()).get("contract");
		for (String choice : List.of("docking", "option", "noticePeriod", "endOfProcessing", "breachContactController",
				"breachContactProcessor", "breachNotificationTime", "duration")) {
			assertEquals(NOT_STATED, contract.get(choice), "contract." + choice);
		}
	}

	@Test
	void theGeneratedTextShowsNoYesNoOrFirstValueNobodyChose() throws Exception {
		List<Path> files = DpiaReportTest.generate(unstated(), Language.SV, out);
		String report = Pdfs.text(files.get(0));
		int start = report.lastIndexOf("2 Systematisk beskrivning av behandlingen");
		int end = report.lastIndexOf("3 Nödvändighet och proportionalitet");
		assertTrue(start >= 0 && end > start, "section 2 found in " + report);
		String description = report.substring(start, end);
		assertFalse(Pattern.compile("\\b(Ja|Nej)\\b").matcher(description).find(),
				"section 2 states no yes or no: " + description);
		assertTrue(description.contains(NOT_STATED), description);
		String necessity = report.substring(end, report.lastIndexOf("4 Risker för de registrerades rättigheter och friheter"));
		assertFalse(Pattern.compile("\\b(Ja|Nej)\\b").matcher(necessity).find(), "section 3 states no yes or no: " + necessity);
		assertTrue(necessity.contains("Uppgiftsminimering behandlingen " + NOT_STATED),
				"the unstated minimisation reads " + NOT_STATED + ": " + necessity);
		assertTrue(necessity.contains("Invändning (art. 21) " + NOT_STATED), necessity);
		String agreement = Pdfs.text(files.stream().filter(f -> f.getFileName().toString().startsWith("pub-avtal-"))
				.findFirst().orElseThrow());
		String choices = agreement.substring(agreement.indexOf("2 Parternas val"), agreement.indexOf("3 Underskrifter"));
		assertFalse(Pattern.compile("\\b(Ja|Nej|Ingår|Alternativ [12]|Radera|Återlämna)\\b").matcher(choices).find(),
				"the agreement's choices are not made for the parties: " + choices);
		Texts texts = Texts.load(DpiaReportTest.TEMPLATES, Language.SV);
		List<String> invented = new ArrayList<>();
		for (Path file : files) {
			String text = Pdfs.text(file);
			for (String label : firstChosenLabels(texts)) {
				if (Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(label) + "(?![\\p{L}])").matcher(text).find()) {
					invented.add(file.getFileName() + ": " + label);
				}
			}
		}
		assertEquals(List.of(), invented, "values that were the default before facts could be left unstated");
	}

	@Test
	void theInformationToThePersonSaysWhatTheModelDoesNotState() throws Exception {
		Assessment assessment = unstated();
		RuleFile rules = RulesFactory.eINSTANCE.createRuleFile();
		ConsentRule rule = RulesFactory.eINSTANCE.createConsentRule();
		rule.setName("Regeln");
		rule.setTechnology(assessment.getTechnologies().get(0));
		rules.getRules().add(rule);
		Texts texts = Texts.load(DpiaReportTest.TEMPLATES, Language.SV);
		Map<String, Object> information = new Information().outputs(assessment, List.of(rules), texts).get(0).values();
		assertEquals(List.of("Det står inte om den spelar in.", "Det står inte om den tar upp ljud.",
				"Det står inte om den kan se i mörker."), information.get("does"));
		assertEquals(List.of(), information.get("windows"), "no routine gives a time");
		for (String key : List.of("placement", "viewers", "refusal", "withdrawal", "documentation")) {
			assertEquals(NOT_STATED, information.get(key), key);
		}
		assertEquals("Det står inte om det sparas vem som tittar.", information.get("logging"));
		assertEquals(List.of("Det står inte om uppgifterna finns inom EU/EES. Det är EU:s länder och Norge, Island och Liechtenstein."),
				information.get("where"));
		Map<?, ?> dpo = (Map<?, ?>) information.get("dpo");
		assertEquals(NOT_STATED, dpo.get("name"));
		Map<?, ?> responsible = (Map<?, ?>) information.get("responsible");
		assertEquals(NOT_STATED, responsible.get("phone"));
		assertEquals(Boolean.TRUE, information.get("capacityNotStated"));
		assertEquals(Boolean.FALSE, information.get("voluntary"), "the rule names no quality");
	}

	/** Enums whose first literal used to be a real value, before "ej angiven" was put in front of it. */
	private static final List<String> GAINED_NOT_STATED = List.of("MilestoneKind", "GoalKind", "AssumptionKind",
			"VerksamhetKind", "DataSubjectKind", "SpecialCategory", "TransferSafeguard", "TechnologyKind", "LocationKind",
			"AgreementStatus", "SubProcessorAuthorisation", "RiskStatus", "MitigationKind", "SecurityCategory",
			"MitigationStatus", "PartyRole",
			// new with "ej angiven" first: the same holds
			"EndOfProcessing");

	/** Labels the templates print as fixed text anyway, so their presence proves nothing. */
	private static final List<String> IN_FIXED_TEXT = List.of("personuppgiftsansvarig", "hemtjänst", "brukare", "ingen",
			"personuppgiftsbiträde");

	/** What an unset value of each such enum used to print: the label of the literal after "ej angiven". */
	private static List<String> firstChosenLabels(Texts texts) {
		List<String> labels = new ArrayList<>();
		for (String name : GAINED_NOT_STATED) {
			EEnum enumeration = (EEnum) DpiaPackage.eINSTANCE.getEClassifier(name);
			String label = texts.label((Enumerator) enumeration.getELiterals().get(1).getInstance());
			if (!IN_FIXED_TEXT.contains(label)) {
				labels.add(label);
			}
		}
		return labels;
	}

	private Map<String, Object> values(DocumentKind kind) throws Exception {
		Texts texts = Texts.load(DpiaReportTest.TEMPLATES, Language.SV);
		return kind.outputs(unstated(), List.of(), texts).get(0).values();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> first(Map<String, Object> document, String table) {
		List<Map<String, Object>> rows = (List<Map<String, Object>>) document.get(table);
		assertFalse(rows.isEmpty(), table + " has a row");
		return rows.get(0);
	}

	private static void assertNotStated(Map<String, Object> document, String table, String... keys) {
		Map<String, Object> row = first(document, table);
		for (String key : keys) {
			assertEquals(NOT_STATED, row.get(key), table + "." + key);
		}
	}
}
