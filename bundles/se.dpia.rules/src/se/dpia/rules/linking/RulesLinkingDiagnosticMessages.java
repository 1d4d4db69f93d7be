package se.dpia.rules.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import se.dpia.model.DpiaPackage;
import se.dpia.rules.IssueCodes;

/** Says, in the users' words, that a name is missing from the model or the rule files, under a stable code. */
public class RulesLinkingDiagnosticMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass expected = context.getReference().getEReferenceType();
		String message = "'" + context.getLinkText() + "' is not " + kindOf(expected) + ": check the spelling, or "
				+ (expected.getEPackage() == DpiaPackage.eINSTANCE ? "add it to the model" : "declare it");
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE);
	}

	private static String kindOf(EClass type) {
		return switch (type.getName()) {
			case "Technology" -> "a technology in the assessment model";
			case "Verksamhet" -> "an operation (verksamhet) in the assessment model";
			case "Risk" -> "a risk in the assessment model";
			case "Mitigation" -> "a mitigation (åtgärd) in the assessment model";
			case "EObject" -> "a model element or routine step (Rutin.steg) that can satisfy a checklist point";
			case "Role" -> "a role (roll) of this routine";
			case "Point" -> "a point of the checklist this one follows (enligt)";
			case "Checklist" -> "a checklist in the folder or an imported library file (importera bibliotek)";
			default -> "a " + type.getName();
		};
	}
}
