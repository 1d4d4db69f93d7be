package se.dpia.rules.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import se.dpia.model.DpiaPackage;
import se.dpia.rules.IssueCodes;
import se.dpia.rules.RulesMessages;

/**
 * Says, in the users' words, that a name is missing from the model or the rule files, under a stable code. The
 * issue data are the name and the expected kind, so a message can be written again in another language.
 */
public class RulesLinkingDiagnosticMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass expected = context.getReference().getEReferenceType();
		String kind = kindOf(expected);
		String message = RulesMessages.format(context.getContext(), IssueCodes.UNRESOLVED_REFERENCE,
				context.getLinkText(), RulesMessages.format(context.getContext(), kind, expected.getName()),
				expected.getEPackage() == DpiaPackage.eINSTANCE ? 0 : 1);
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE,
				context.getLinkText(), kind, expected.getName(), expected.getEPackage() == DpiaPackage.eINSTANCE ? "0" : "1");
	}

	/** The message key of what was expected. */
	private static String kindOf(EClass type) {
		return switch (type.getName()) {
			case "Technology", "Verksamhet", "Risk", "Mitigation", "EObject", "Role", "Point", "Checklist" ->
				"kind." + type.getName();
			default -> "kind.other";
		};
	}
}
