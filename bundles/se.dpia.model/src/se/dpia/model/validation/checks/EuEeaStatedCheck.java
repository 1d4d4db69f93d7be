package se.dpia.model.validation.checks;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.Location;
import se.dpia.model.facts.Facts;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.ModelCheck;

/**
 * A place where systems run or a technology is hosted says whether it is within the EU/EEA: without it the
 * assessment can't say whether there are third-country transfers (GDPR Chapter V).
 */
final class EuEeaStatedCheck extends ModelCheck<Location> {

	EuEeaStatedCheck() {
		super(Location.class);
	}

	@Override
	protected void check(Location location, Issues issues) {
		Assessment assessment = assessmentOf(location);
		if (assessment == null || !Facts.notStated(location.getInEuEea()) || !inUse(assessment, location)) {
			return;
		}
		issues.warning(IssueCodes.EU_EEA_NOT_STATED, location, Literals.LOCATION__IN_EU_EEA);
	}

	private static boolean inUse(Assessment assessment, Location location) {
		return assessment.getSystems().stream().anyMatch(system -> system.getLocation() == location)
				|| assessment.getTechnologies().stream().anyMatch(technology -> technology.getHosting() == location);
	}
}
