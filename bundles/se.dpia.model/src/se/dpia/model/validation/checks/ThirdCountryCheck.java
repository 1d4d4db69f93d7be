package se.dpia.model.validation.checks;

import java.util.Objects;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.Location;
import se.dpia.model.SystemAsset;
import se.dpia.model.Transfer;
import se.dpia.model.facts.Facts;
import se.dpia.model.validation.IssueCodes;
import se.dpia.model.validation.Issues;
import se.dpia.model.validation.Labels;
import se.dpia.model.validation.ModelCheck;

/**
 * A system placed outside the EU/EEA means a transfer: some processing activity records a transfer to that
 * country or to the party that runs the system.
 */
final class ThirdCountryCheck extends ModelCheck<SystemAsset> {

	ThirdCountryCheck() {
		super(SystemAsset.class);
	}

	@Override
	protected void check(SystemAsset system, Issues issues) {
		Location location = system.getLocation();
		Assessment assessment = assessmentOf(system);
		if (location == null || !Facts.no(location.getInEuEea()) || assessment == null) {
			return;
		}
		boolean recorded = assessment.getProcessingActivities().stream()
				.flatMap(activity -> activity.getTransfers().stream())
				.anyMatch(transfer -> covers(transfer, system, location));
		if (!recorded) {
			issues.warning(IssueCodes.THIRD_COUNTRY_WITHOUT_TRANSFER, system, Literals.SYSTEM_ASSET__LOCATION,
					Labels.of(location));
		}
	}

	private static boolean covers(Transfer transfer, SystemAsset system, Location location) {
		boolean sameCountry = !isBlank(location.getCountry()) && location.getCountry().equalsIgnoreCase(transfer.getCountry());
		boolean sameParty = transfer.getRecipient() != null && Objects.equals(transfer.getRecipient(), system.getOperatedBy());
		return sameCountry || sameParty;
	}
}
