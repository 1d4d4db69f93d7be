package se.dpia.app.views.risks;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.osgi.util.NLS;

import se.dpia.app.Messages;
import se.dpia.app.views.DomainTexts;
import se.dpia.model.DpiaPackage.Literals;
import se.dpia.model.Risk;
import se.dpia.model.risk.RiskLevels;

/**
 * One column of the risk register: its header, what it shows of a risk, what it sorts by, and the attribute it edits
 * in place ({@code null} when read-only).
 */
record RiskColumn(String header, int width, Function<Risk, String> text, Function<Risk, Comparable<?>> key,
		EAttribute edits) {

	/** The register's columns, left to right. */
	static List<RiskColumn> all() {
		return List.of(
				new RiskColumn(Messages.riskColumnId, 90, Risk::getId, Risk::getId, null),
				new RiskColumn(Messages.riskColumnName, 220, Risk::getName, Risk::getName, null),
				new RiskColumn(Messages.riskColumnRemaining, 200, RiskColumn::assessment, RiskLevels::remaining, null),
				new RiskColumn(Messages.riskColumnFearedEvent, 130, r -> DomainTexts.literal(r.getFearedEvent()),
						r -> DomainTexts.literal(r.getFearedEvent()), null),
				level(Messages.riskColumnLikelihood, Risk::getLikelihood, Literals.RISK__LIKELIHOOD),
				level(Messages.riskColumnSeverity, Risk::getSeverity, Literals.RISK__SEVERITY),
				level(Messages.riskColumnInherent, RiskLevels::inherent, null),
				level(Messages.riskColumnResidualLikelihood, Risk::getResidualLikelihood, Literals.RISK__RESIDUAL_LIKELIHOOD),
				level(Messages.riskColumnResidualSeverity, Risk::getResidualSeverity, Literals.RISK__RESIDUAL_SEVERITY),
				level(Messages.riskColumnResidual, RiskLevels::residual, null),
				new RiskColumn(Messages.riskColumnStatus, 100, r -> DomainTexts.literal(r.getStatus()),
						r -> r.getStatus().getValue(), Literals.RISK__STATUS),
				new RiskColumn(Messages.riskColumnMeasures, 220, r -> DomainTexts.ids(r.getMitigations()),
						r -> r.getMitigations().size(), null));
	}

	private static RiskColumn level(String header, Function<Risk, Integer> value, EAttribute edits) {
		return new RiskColumn(header, 75, r -> DomainTexts.level(value.apply(r)), value::apply, edits);
	}

	/** The remaining level in words: above the acceptable level or not, so the mark does not rest on colour alone. */
	static String assessment(Risk risk) {
		int remaining = RiskLevels.remaining(risk);
		if (remaining == RiskLevels.NOT_ASSESSED) {
			return Messages.levelNotAssessed;
		}
		int acceptable = RiskLevels.scaleOf(risk).acceptableLevel();
		return RiskLevels.isAboveAcceptable(risk) ? NLS.bind(Messages.levelAboveAcceptable, remaining, acceptable)
				: NLS.bind(Messages.levelAcceptable, remaining);
	}
}
