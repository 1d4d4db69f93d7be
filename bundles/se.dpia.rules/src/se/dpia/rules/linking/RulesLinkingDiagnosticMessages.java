package se.dpia.rules.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import se.dpia.rules.IssueCodes;

/** Says, in the users' words, that a name is missing from the assessment model, under a stable code. */
public class RulesLinkingDiagnosticMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass expected = context.getReference().getEReferenceType();
		String message = "'" + context.getLinkText() + "' is not a " + kindOf(expected)
				+ " in the assessment model: check the spelling, or add it to the model";
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE);
	}

	private static String kindOf(EClass type) {
		return switch (type.getName()) {
			case "Technology" -> "technology";
			case "Verksamhet" -> "operation (verksamhet)";
			case "Risk" -> "risk";
			case "Mitigation" -> "mitigation (åtgärd)";
			default -> type.getName();
		};
	}
}
