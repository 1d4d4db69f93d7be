package se.dpia.rules.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.rules.IssueCodes;

/** Each quick fix, driven through the language server's code-action service, removes the problem of its code. */
class RulesQuickfixTest {

	private static final String ROUTINE = """
			verksamhetsrutin Natt för hemtjänst med Kamera {
				roll Larmoperatör får tillsyn telefon "0690-250 100"
				roll Nattpatrull får besök
				steg Tillsyn: Larmoperatör gör tillsyn
				steg Hembesök: om fortfarande ej sedd, strömavbrott eller teknikfel, Nattpatrull gör besök
				steg Hjälp: om sedd och behöver hjälp, Nattpatrull utför besök
				steg Larma: om ingen hinner fram, Nattpatrull ringer Larmoperatör
			}
			""";

	@TempDir
	Path folder;

	/** Applies the first quick fix offered for the first problem with {@code code}; returns the new text. */
	private String fix(String text, String code) throws Exception {
		IdeFixture fixture = IdeFixture.open(folder, text);
		Issue issue = fixture.validate().stream().filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + fixture.validate()));
		Position start = new Position(issue.getLineNumber() - 1, issue.getColumn() - 1);
		Position end = new Position(issue.getLineNumberEnd() - 1, issue.getColumnEnd() - 1);
		Diagnostic diagnostic = new Diagnostic(new Range(start, end), issue.getMessage());
		diagnostic.setCode(code);
		diagnostic.setSeverity(issue.getSeverity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning);
		if (issue.getData() != null) {
			diagnostic.setData(Arrays.asList(issue.getData()));
		}
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(fixture.document);
		options.setResource(fixture.resource);
		options.setURI(fixture.uri());
		options.setLanguageServerAccess(fixture.languageServer());
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(fixture.uri()), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions =
				IdeFixture.injector().getInstance(QuickFixCodeActionService.class).getCodeActions(options);
		assertFalse(actions.isEmpty(), "no quick fix for " + code);
		CodeAction action = actions.get(0).getRight();
		List<TextEdit> edits = action.getEdit().getChanges() != null ? action.getEdit().getChanges().get(fixture.uri())
				: action.getEdit().getDocumentChanges().get(0).getLeft().getEdits().stream().map(Either::getLeft).toList();
		return IdeFixture.apply(fixture.document, edits);
	}

	private List<String> codesAfter(String text) throws Exception {
		return IdeFixture.open(folder, text).validate().stream().map(Issue::getCode).toList();
	}

	@Test
	void aRefusalAlternativeIsAdded() throws Exception {
		String fixed = fix("""
				samtyckesregel R gäller Kamera {
					vid nedsatt beslutsförmåga: används inte
				}
				""", IssueCodes.CONSENT_WITHOUT_REFUSAL_ALTERNATIVE);
		assertTrue(fixed.contains("\tvid nej: erbjud \"Fysisk tillsyn\"\n}"), fixed);
		assertEquals(List.of(), codesAfter(fixed));
	}

	@Test
	void reducedDecisionCapacityIsCovered() throws Exception {
		String fixed = fix("samtyckesregel R gäller Sensor {\n\tsamtycke från brukaren\n}\n", IssueCodes.CONSENT_WITHOUT_REDUCED_CAPACITY);
		assertTrue(fixed.contains("\tvid nedsatt beslutsförmåga: används inte\n}"), fixed);
		assertEquals(List.of(), codesAfter(fixed));
	}

	@Test
	void thePersonsNoObjectionIsRequired() throws Exception {
		String fixed = fix("samtyckesregel R gäller Sensor {\n\tvid nedsatt beslutsförmåga: samtycke från förvaltare\n}\n",
				IssueCodes.REPRESENTATIVE_WITHOUT_NO_OBJECTION);
		assertTrue(fixed.contains("samtycke från förvaltare och brukaren motsätter sig inte\n"), fixed);
		assertEquals(List.of(IssueCodes.REPRESENTATIVE_CONSENT_DISPUTED), codesAfter(fixed));
	}

	@Test
	void theDisputedRepresentativeReadingIsReplacedBySkrsReading() throws Exception {
		String fixed = fix("samtyckesregel R gäller Sensor {\n\tvid nedsatt beslutsförmåga: samtycke från förvaltare"
				+ " och brukaren motsätter sig inte\n}\n", IssueCodes.REPRESENTATIVE_CONSENT_DISPUTED);
		assertEquals("samtyckesregel R gäller Sensor {\n\tvid nedsatt beslutsförmåga: används inte\n}\n", fixed);
		assertEquals(List.of(), codesAfter(fixed));
	}

	@Test
	void aPhysicalVisitIsAddedForTheRoleThatMayVisit() throws Exception {
		String fixed = fix(ROUTINE.replaceAll("\tsteg Hembesök.*\n", ""), IssueCodes.CAMERA_ROUTINE_WITHOUT_PHYSICAL_ESCALATION);
		assertTrue(fixed.contains("Nattpatrull gör besök inom 30 minuter"), fixed);
		assertEquals(List.of(), codesAfter(fixed));
	}

	@Test
	void aStepForAPersonWhoNeedsHelpIsAdded() throws Exception {
		String fixed = fix(ROUTINE.replaceAll("\tsteg Hjälp.*\n", ""), IssueCodes.ROUTINE_WITHOUT_HELP_STEP);
		assertTrue(fixed.contains("steg Hjälp: om sedd och behöver hjälp, Nattpatrull gör besök inom 30 minuter"), fixed);
		assertEquals(List.of(), codesAfter(fixed));
	}

	@Test
	void anEscalationWithAContactToCallIsAdded() throws Exception {
		String fixed = fix(ROUTINE.replaceAll("\tsteg Larma.*\n", ""), IssueCodes.ROUTINE_WITHOUT_ESCALATION);
		assertTrue(fixed.contains("kontakt Larmmottagare telefon \"...\"\n\tsteg Larma: om ingen hinner fram, Larmoperatör ringer Larmmottagare"), fixed);
		assertEquals(List.of(), codesAfter(fixed));
	}

	@Test
	void theRoleIsGivenThePermissionItsStepNeeds() throws Exception {
		String fixed = fix(ROUTINE.replace("Larmoperatör gör tillsyn", "Larmoperatör gör dokumentation"),
				IssueCodes.STEP_ROLE_LACKS_PERMISSION);
		assertTrue(fixed.contains("roll Larmoperatör får tillsyn, dokumentation telefon \"0690-250 100\"\n"),
				"after the permissions, before the phone number: " + fixed);
		assertEquals(List.of(), codesAfter(fixed));
	}

	@Test
	void anUnsatisfiedPointIsMarkedOpen() throws Exception {
		String fixed = fix("""
				checklistmall Mall { punkt P "p" punkt Q "q" }
				checklista C enligt Mall {
					P uppfylls av A1
				}
				""", IssueCodes.CHECKLIST_ITEM_UNSATISFIED);
		assertTrue(fixed.contains("\tQ öppen \"skäl\"\n}"), fixed);
		assertEquals(List.of(), codesAfter(fixed));
	}
}
