package se.dpia.assessment.check;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.model.Assessment;
import se.dpia.model.Mitigation;
import se.dpia.model.MitigationKind;
import se.dpia.model.Party;
import se.dpia.model.Placement;
import se.dpia.model.validation.Problem;
import se.dpia.rules.rules.Routine;
import se.dpia.rules.rules.RuleFile;
import se.dpia.rules.rules.Step;

/**
 * Consistency across documents: a measure in a PUB agreement's Annex III is a mitigation of the DPIA with a
 * processor that has an agreement, and an operational measure is carried out by a step of a routine
 * ({@code genomför}). Steps naming a missing mitigation are {@code unresolved-reference}, and processors on a flow
 * without an agreement are {@code processor-without-agreement}; neither is repeated here.
 */
public final class ConsistencyChecks {

	private ConsistencyChecks() {
	}

	/** Adds the consistency problems of one assessment of the folder, checked against the folder's routines. */
	public static void addTo(AssessmentFolder folder, Assessment assessment, List<Problem> problems) {
		addTo(folder, assessment, problems, Locale.getDefault());
	}

	/** The same, messages in {@code locale}. */
	public static void addTo(AssessmentFolder folder, Assessment assessment, List<Problem> problems, Locale locale) {
		Path file = folder.fileOf(assessment.eResource());
		Set<Mitigation> inSteps = mitigationsInSteps(folder);
		for (Mitigation measure : assessment.getMitigations()) {
			if (isInAnnex(measure)) {
				checkAnnexMeasure(assessment, measure, file, problems, locale);
			}
			if (isOperational(measure) && !inSteps.contains(measure)) {
				String key = IssueCodes.OPERATIONAL_MEASURE_WITHOUT_ROUTINE_STEP
						+ (measure.getAppearsIn().contains(Placement.RUTIN) ? "" : ".annex");
				problems.add(ModelProblems.at(file, measure, assessment, Problem.Severity.WARNING,
						CheckMessages.format(locale, key, measure.getId(), measure.getName()),
						IssueCodes.OPERATIONAL_MEASURE_WITHOUT_ROUTINE_STEP));
			}
		}
	}

	private static void checkAnnexMeasure(Assessment assessment, Mitigation measure, Path file, List<Problem> problems,
			Locale locale) {
		if (measure.getRisks().isEmpty()) {
			problems.add(ModelProblems.at(file, measure, assessment, Problem.Severity.WARNING, CheckMessages.format(locale,
					IssueCodes.ANNEX_MEASURE_WITHOUT_RISK, measure.getId(), measure.getName()),
					IssueCodes.ANNEX_MEASURE_WITHOUT_RISK));
		}
		Party processor = measure.getCarriedOutBy();
		if (processor == null) {
			problems.add(ModelProblems.at(file, measure, assessment, Problem.Severity.ERROR, CheckMessages.format(locale,
					IssueCodes.ANNEX_MEASURE_WITHOUT_PROCESSOR, measure.getId(), measure.getName()),
					IssueCodes.ANNEX_MEASURE_WITHOUT_PROCESSOR));
		} else if (!inSomeAnnex(assessment, processor)) {
			problems.add(ModelProblems.at(file, measure, assessment, Problem.Severity.ERROR, CheckMessages.format(locale,
					IssueCodes.ANNEX_MEASURE_WITHOUT_PROCESSOR + ".noAgreement", measure.getId(), measure.getName(),
					processor.getId(), processor.getName()), IssueCodes.ANNEX_MEASURE_WITHOUT_PROCESSOR));
		}
	}

	/**
	 * Whether a PUB Annex III lists the party's measures: its own agreement's, or, for a sub-processor, the agreement
	 * of the processor that engages it (the annex also lists the sub-processors' measures).
	 */
	private static boolean inSomeAnnex(Assessment assessment, Party party) {
		return assessment.getAgreements().stream().anyMatch(agreement -> agreement.getProcessor() == party
				|| party.getEngagedBy() != null && agreement.getProcessor() == party.getEngagedBy());
	}

	/**
	 * In a PUB Annex III: carried out by a processor, or marked to appear in the annex. A measure carried out by an
	 * in-house unit of the controller (egen verksamhet) is in no annex.
	 */
	private static boolean isInAnnex(Mitigation measure) {
		return measure.getCarriedOutBy() != null && measure.getCarriedOutBy().getRole() != se.dpia.model.PartyRole.EGEN_VERKSAMHET
				|| measure.getAppearsIn().contains(Placement.PUB_BILAGA);
	}

	/** Done by people as part of the work: marked for a routine, or an organisational measure of an annex. */
	private static boolean isOperational(Mitigation measure) {
		return measure.getAppearsIn().contains(Placement.RUTIN)
				|| isInAnnex(measure) && measure.getKind() == MitigationKind.ORGANISATORISK;
	}

	/** The mitigations that some routine step of the folder's rule files claims with {@code genomför}. */
	private static Set<Mitigation> mitigationsInSteps(AssessmentFolder folder) {
		Set<Mitigation> claimed = new HashSet<>();
		for (Resource resource : folder.ruleResources()) {
			for (EObject content : resource.getContents()) {
				if (content instanceof RuleFile ruleFile) {
					for (Routine routine : ruleFile.getRoutines()) {
						for (Step step : routine.getSteps()) {
							step.getMitigations().stream().filter(m -> !m.eIsProxy()).forEach(claimed::add);
						}
					}
				}
			}
		}
		return claimed;
	}
}
