package se.dpia.model.validation;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import se.dpia.model.Art6Ground;
import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.DataFlow;
import se.dpia.model.DataSubjectRights;
import se.dpia.model.DpiaFactory;
import se.dpia.model.FlowStorage;
import se.dpia.model.JaNej;
import se.dpia.model.Mitigation;
import se.dpia.model.Party;
import se.dpia.model.PartyRole;
import se.dpia.model.Person;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.Review;
import se.dpia.model.Risk;
import se.dpia.model.SystemAsset;
import se.dpia.model.Technology;
import se.dpia.model.TechnologyStatus;

/**
 * Minimal, correct model elements for validation tests, built in code: each test breaks one thing and sees its
 * code, or keeps it whole and sees none.
 */
public final class Fixtures {

	private static final DpiaFactory FACTORY = DpiaFactory.eINSTANCE;

	private Fixtures() {
	}

	/**
	 * An assessment with nothing to report: a DPO is named, the data subjects' views, the next review and how rights
	 * are exercised are recorded.
	 */
	public static Assessment assessment() {
		Assessment assessment = FACTORY.createAssessment();
		assessment.setId("test");
		assessment.setName("Test");
		Person dpo = FACTORY.createPerson();
		dpo.setId("DSO");
		dpo.setName("Dataskyddsombudet");
		assessment.getPeople().add(dpo);
		assessment.setDpo(dpo);
		Review review = FACTORY.createReview();
		review.setDataSubjectViews("Brukarrådet har hörts.");
		review.setNextReviewDate("2027-03-01");
		assessment.setReview(review);
		DataSubjectRights rights = FACTORY.createDataSubjectRights();
		rights.setRequests("Begäran lämnas till nämndens registrator.");
		assessment.setRights(rights);
		return assessment;
	}

	/** A risk rated 2 × 2 before and 1 × 2 after its measure, which it gets. */
	public static Risk risk(Assessment assessment, String id) {
		Risk risk = FACTORY.createRisk();
		risk.setId(id);
		risk.setName("Obehörig tittar");
		risk.setLikelihood(2);
		risk.setSeverity(2);
		risk.setResidualLikelihood(1);
		risk.setResidualSeverity(2);
		assessment.getRisks().add(risk);
		risk.getMitigations().add(mitigation(assessment, "M-" + id));
		return risk;
	}

	public static Mitigation mitigation(Assessment assessment, String id) {
		Mitigation mitigation = FACTORY.createMitigation();
		mitigation.setId(id);
		mitigation.setName("Behörighetsstyrning");
		assessment.getMitigations().add(mitigation);
		return mitigation;
	}

	public static Party party(Assessment assessment, String id, PartyRole role) {
		Party party = FACTORY.createParty();
		party.setId(id);
		party.setName("Leverantören AB");
		party.setRole(role);
		assessment.getParties().add(party);
		return party;
	}

	/** A category of personal data with its gallring. */
	public static DataCategory data(Assessment assessment, String id) {
		DataCategory category = FACTORY.createDataCategory();
		category.setId(id);
		category.setName("Bild från hemmet");
		category.setRetention("Lagras inte");
		assessment.getDataCategories().add(category);
		return category;
	}

	/** A processing activity with a purpose, an Art. 6 ground, its minimisation and the information given. */
	public static ProcessingActivity processing(Assessment assessment, String id) {
		ProcessingActivity activity = FACTORY.createProcessingActivity();
		activity.setId(id);
		activity.setName("Nattlig tillsyn");
		activity.getPurposes().add("Tillsyn nattetid");
		activity.setArt6Ground(Art6Ground.ALLMAN_INTRESSE);
		activity.setMinimisation("Ingen inspelning, inget ljud.");
		activity.setDataSubjectInformation("Biståndshandläggaren informerar muntligt och skriftligt innan samtycket inhämtas.");
		assessment.getProcessingActivities().add(activity);
		return activity;
	}

	/** A system that only passes data on. */
	public static SystemAsset system(Assessment assessment, String id) {
		SystemAsset system = FACTORY.createSystemAsset();
		system.setId(id);
		system.setName("System " + id);
		assessment.getSystems().add(system);
		return system;
	}

	/** An encrypted live-only flow between two systems that store nothing. */
	public static DataFlow flow(Assessment assessment, String id) {
		DataFlow flow = FACTORY.createDataFlow();
		flow.setId(id);
		flow.setName("Videoström");
		flow.setSource(system(assessment, id + "-från"));
		flow.setTarget(system(assessment, id + "-till"));
		flow.setStorage(FlowStorage.ENDAST_REALTID);
		flow.setEncrypted(JaNej.JA);
		flow.setEncryption("TLS 1.3");
		assessment.getFlows().add(flow);
		return flow;
	}

	/** A chosen technology (status vald) of the given intrusiveness. */
	public static Technology technology(Assessment assessment, String id, int intrusiveness, String need) {
		Technology technology = FACTORY.createTechnology();
		technology.setId(id);
		technology.setStatus(TechnologyStatus.VALD);
		technology.setName(id);
		technology.setIntrusiveness(intrusiveness);
		technology.setNeed(need);
		assessment.getTechnologies().add(technology);
		return technology;
	}

	/** Every issue the validation reports on the element and its contents, messages in English. */
	public static List<ModelIssue> issuesOf(EObject root) {
		return DpiaValidation.validate(root, Locale.ENGLISH).getChildren().stream().map(ModelIssue.class::cast).toList();
	}

	/** The codes of every issue, in the order reported. */
	public static List<String> codesOf(EObject root) {
		return issuesOf(root).stream().map(ModelIssue::issueCode).toList();
	}

	/** The single issue with a code; fails if there is none or more than one. */
	public static ModelIssue single(EObject root, String code) {
		List<ModelIssue> issues = issuesOf(root).stream().filter(issue -> issue.issueCode().equals(code)).toList();
		if (issues.size() != 1) {
			throw new AssertionError("expected one " + code + ", got " + codesOf(root));
		}
		return issues.get(0);
	}
}
