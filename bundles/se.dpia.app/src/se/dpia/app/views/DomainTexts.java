package se.dpia.app.views;

import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

import se.dpia.app.Messages;
import se.dpia.model.FearedEvent;
import se.dpia.model.Identified;
import se.dpia.model.MitigationStatus;
import se.dpia.model.RiskStatus;
import se.dpia.model.facts.Facts;
import se.dpia.model.risk.RiskLevels;

/** The user's words for the model's values: enumeration literals, scale levels and risk levels, in the UI language. */
public final class DomainTexts {

	private DomainTexts() {
	}

	/** The translated name of an enumeration literal; its model literal where no translation is known. */
	public static String literal(Enumerator value) {
		if (value == null) {
			return "";
		}
		return switch (value) {
		case RiskStatus status -> switch (status) {
			case EJ_ANGIVEN -> Messages.fearedEvent_ejAngiven;
			case OPPEN -> Messages.riskStatus_oppen;
			case ACCEPTERAD -> Messages.riskStatus_accepterad;
			case HANTERAD -> Messages.riskStatus_hanterad;
		};
		case MitigationStatus status -> switch (status) {
			case EJ_ANGIVEN -> Messages.fearedEvent_ejAngiven;
			case PLANERAD -> Messages.mitigationStatus_planerad;
			case GENOMFORD -> Messages.mitigationStatus_genomford;
			case VERIFIERAD -> Messages.mitigationStatus_verifierad;
		};
		case FearedEvent event -> switch (event) {
			case EJ_ANGIVEN -> Messages.fearedEvent_ejAngiven;
			case OBEHORIG_ATKOMST -> Messages.fearedEvent_obehorigAtkomst;
			case OONSKAD_ANDRING -> Messages.fearedEvent_oonskadAndring;
			case FORSVINNANDE -> Messages.fearedEvent_forsvinnande;
		};
		default -> Facts.notStated(value) ? Messages.fearedEvent_ejAngiven : value.getLiteral();
		};
	}

	/** A likelihood or severity value, or a level, as a number; a dash when not assessed. */
	public static String level(int value) {
		return value == RiskLevels.NOT_ASSESSED ? Messages.notAssessed : Integer.toString(value);
	}

	/** The ids (or names) of elements, comma separated. */
	public static String ids(java.util.Collection<? extends Identified> elements) {
		return elements.stream().map(e -> e.getId() != null ? e.getId() : e.getName()).collect(Collectors.joining(", "));
	}

	/** The language the workbench shows: the one the message bundle was chosen for. */
	public static Locale locale() {
		return Locale.getDefault();
	}

}
