package se.dpia.rules.ide.quickfix;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import se.dpia.rules.IssueCodes;
import se.dpia.rules.RulesMessages;
import se.dpia.rules.rules.Checklist;
import se.dpia.rules.rules.ConsentRule;
import se.dpia.rules.rules.Permission;
import se.dpia.rules.rules.ReducedCapacityClause;
import se.dpia.rules.rules.Role;
import se.dpia.rules.rules.Routine;
import se.dpia.rules.rules.RulesPackage;
import se.dpia.rules.rules.Step;

/**
 * Quick fixes for the common errors, each bound to its issue code (Xtext's declarative IDE quick fixes). Each one
 * writes the missing sentence where it belongs; the user then edits the words.
 */
public class RulesQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	@QuickFix(IssueCodes.CONSENT_WITHOUT_REFUSAL_ALTERNATIVE)
	public void offerAPhysicalAlternative(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(label("offerPhysicalAlternative"), (ITextModification) (diagnostic, object, document) ->
				beforeClosingBrace(EcoreUtil2.getContainerOfType(object, ConsentRule.class), document,
						"vid nej: erbjud \"Fysisk tillsyn\""));
	}

	/** Both readings of SoL 4 kap. 2 c §: SKR's (not covered) first, then a representative's consent (the code actions are listed by label: keep the labels in that order). */
	@QuickFix(IssueCodes.CONSENT_WITHOUT_REDUCED_CAPACITY)
	public void coverReducedCapacity(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(label("reducedCapacityNotUsed"), (ITextModification) (diagnostic, object, document) ->
				beforeClosingBrace(EcoreUtil2.getContainerOfType(object, ConsentRule.class), document,
						"vid nedsatt beslutsförmåga: används inte"));
		acceptor.accept(label("reducedCapacityRepresentative"), (ITextModification) (diagnostic, object, document) ->
				beforeClosingBrace(EcoreUtil2.getContainerOfType(object, ConsentRule.class), document,
						"vid nedsatt beslutsförmåga: samtycke från god_man eller förvaltare och brukaren motsätter sig inte"));
	}

	/** The representative's consent is disputed: offer SKR's reading instead. */
	@QuickFix(IssueCodes.REPRESENTATIVE_CONSENT_DISPUTED)
	public void notCovered(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(label("followSkr"), (ITextModification) (diagnostic, object, document) -> {
			ReducedCapacityClause clause = EcoreUtil2.getContainerOfType(object, ReducedCapacityClause.class);
			ICompositeNode node = NodeModelUtils.findActualNodeFor(clause);
			Position start = document.getPosition(node.getOffset());
			Position end = document.getPosition(node.getEndOffset());
			return List.of(new TextEdit(new Range(start, end), "vid nedsatt beslutsförmåga: används inte"));
		});
	}

	@QuickFix(IssueCodes.REPRESENTATIVE_WITHOUT_NO_OBJECTION)
	public void requireNoObjection(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(label("requireNoObjection"), (ITextModification) (diagnostic, object, document) -> {
			ReducedCapacityClause clause = EcoreUtil2.getContainerOfType(object, ReducedCapacityClause.class);
			return insertAt(document, NodeModelUtils.findActualNodeFor(clause).getEndOffset(), " och brukaren motsätter sig inte");
		});
	}

	@QuickFix(IssueCodes.CAMERA_ROUTINE_WITHOUT_PHYSICAL_ESCALATION)
	public void addPhysicalVisit(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(label("addPhysicalVisit"), (ITextModification) (diagnostic, object, document) -> {
			Routine routine = EcoreUtil2.getContainerOfType(object, Routine.class);
			String role = routine.getRoles().stream().filter(r -> r.getPermissions().contains(Permission.BESOK))
					.map(Role::getName).findFirst().orElse("Nattpatrull");
			return beforeClosingBrace(routine, document, "steg Hembesök: om fortfarande ej sedd, strömavbrott eller"
					+ " teknikfel, " + role + " gör besök inom 30 minuter");
		});
	}

	@QuickFix(IssueCodes.ROUTINE_WITHOUT_HELP_STEP)
	public void addHelpStep(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Lägg till ett steg när brukaren syns och behöver hjälp", (ITextModification) (diagnostic, object, document) -> {
			Routine routine = EcoreUtil2.getContainerOfType(object, Routine.class);
			return beforeClosingBrace(routine, document, "steg Hjälp: om sedd och behöver hjälp, " + roleWith(routine, Permission.BESOK, "Nattpatrull")
					+ " gör besök inom 30 minuter");
		});
	}

	@QuickFix(IssueCodes.ROUTINE_WITHOUT_ESCALATION)
	public void addEscalation(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Lägg till vem som ringer och till vem när ingen hinner fram", (ITextModification) (diagnostic, object, document) -> {
			Routine routine = EcoreUtil2.getContainerOfType(object, Routine.class);
			return beforeClosingBrace(routine, document, "kontakt Larmmottagare telefon \"...\"\n\tsteg Larma: om ingen hinner fram, "
					+ roleWith(routine, Permission.TILLSYN, "Larmoperatör") + " ringer Larmmottagare");
		});
	}

	/** The first role of the routine with a permission, or a name to fill in. */
	private static String roleWith(Routine routine, Permission permission, String otherwise) {
		return routine.getRoles().stream().filter(r -> r.getPermissions().contains(permission)).map(Role::getName)
				.findFirst().orElse(otherwise);
	}

	@QuickFix(IssueCodes.STEP_ROLE_LACKS_PERMISSION)
	public void grantThePermission(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(label("grantPermission"), (ITextModification) (diagnostic, object, document) -> {
			Step step = EcoreUtil2.getContainerOfType(object, Step.class);
			// after the role's last permission, before a phone number that may follow
			List<INode> permissions = NodeModelUtils.findNodesForFeature(step.getRole(), RulesPackage.Literals.ROLE__PERMISSIONS);
			INode last = permissions.isEmpty() ? NodeModelUtils.findActualNodeFor(step.getRole()) : permissions.get(permissions.size() - 1);
			return insertAt(document, last.getEndOffset(), ", " + step.getPermission().getLiteral());
		});
	}

	@QuickFix(IssueCodes.CHECKLIST_ITEM_UNSATISFIED)
	public void markOpen(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(label("markOpen"), (ITextModification) (diagnostic, object, document) -> {
			Checklist checklist = EcoreUtil2.getContainerOfType(object, Checklist.class);
			String point = diagnosticData(diagnostic);
			boolean own = checklist.getPoints().stream().anyMatch(p -> p.getName().equals(point));
			if (own) {
				INode node = NodeModelUtils.findActualNodeFor(
						checklist.getPoints().stream().filter(p -> p.getName().equals(point)).findFirst().orElseThrow());
				return insertAt(document, node.getEndOffset(), " öppen \"skäl\"");
			}
			return beforeClosingBrace(checklist, document, point + " öppen \"skäl\"");
		});
	}

	/** A quick fix's label in the editor's language (the workbench's {@code -nl}); the text it writes stays the rule language's. */
	private static String label(String key) {
		return RulesMessages.format(Locale.getDefault(), "quickfix." + key);
	}

	private static String diagnosticData(org.eclipse.lsp4j.Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		if (data instanceof String[] array && array.length > 0) {
			return array[0];
		}
		if (data instanceof List<?> list && !list.isEmpty()) {
			return String.valueOf(list.get(0));
		}
		String text = data == null ? "" : data.toString();
		// the language server passes issue data as a list or an array of strings
		return text.replaceAll("^[\\[\"]+|[\\]\"]+$", "");
	}

	/** Inserts a line with {@code text} before the block's closing brace, indented one step. */
	private static List<TextEdit> beforeClosingBrace(EObject block, Document document, String text) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(block);
		int closing = node.getText().lastIndexOf('}');
		int offset = node.getTotalOffset() + closing;
		String before = document.getContents().substring(0, offset);
		String indent = before.endsWith("\n") ? "\t" : "\n\t";
		return insertAt(document, offset, indent + text + "\n");
	}

	private static List<TextEdit> insertAt(Document document, int offset, String text) {
		Position position = document.getPosition(offset);
		return List.of(new TextEdit(new Range(position, position), text));
	}
}
