package se.dpia.app.views.consent;

import java.util.List;
import java.util.function.Function;

import se.dpia.app.Messages;
import se.dpia.model.Assessment;
import se.dpia.model.Identified;

/**
 * One field of a consent case as the case file writes it ({@code key = value}) and the tester's form shows it: the
 * key, its label and the values to choose from (fixed, or the ids of the assessment's elements). The form is built
 * from {@link #FIELDS}, so a new case key is one line there.
 */
public record CaseField(String key, String label, Function<Assessment, List<Choice>> choices) {

	/** A value and how the form shows it. */
	public record Choice(String value, String label) {
	}

	private static final List<Choice> YES_NO = List.of(new Choice("nej", Messages.consentNo), new Choice("ja", Messages.consentYes));

	/** The fields of a case, in the order of the form. */
	public static final List<CaseField> FIELDS = List.of(
			new CaseField("teknik", Messages.consentTechnology, a -> ids(a.getTechnologies())),
			new CaseField("verksamhet", Messages.consentOperation, a -> ids(a.getOperations())),
			fixed("beslutsförmåga", Messages.consentCapacity, new Choice("full", Messages.consentCapacityFull),
					new Choice("nedsatt", Messages.consentCapacityReduced)),
			fixed("ställföreträdare", Messages.consentRepresentative, new Choice("ingen", Messages.consentRepresentativeNone),
					new Choice("god_man", Messages.consentRepresentativeGodMan),
					new Choice("förvaltare", Messages.consentRepresentativeForvaltare)),
			yesNo("närstående_bor_med", Messages.consentCohabiting),
			yesNo("motsätter_sig", Messages.consentObjects),
			yesNo("skyddad_identitet", Messages.consentProtectedIdentity));

	private static CaseField fixed(String key, String label, Choice... choices) {
		return new CaseField(key, label, assessment -> List.of(choices));
	}

	private static CaseField yesNo(String key, String label) {
		return new CaseField(key, label, assessment -> YES_NO);
	}

	private static List<Choice> ids(List<? extends Identified> elements) {
		return elements.stream().map(e -> new Choice(e.getId(), e.getName() == null || e.getName().isBlank() ? e.getId()
				: e.getName() + " (" + e.getId() + ")")).toList();
	}
}
