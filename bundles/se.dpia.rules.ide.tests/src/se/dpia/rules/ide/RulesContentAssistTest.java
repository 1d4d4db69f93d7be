package se.dpia.rules.ide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content assist, driven through the language server's content-assist service; '|' marks the cursor. */
class RulesContentAssistTest {

	@TempDir
	Path folder;

	private List<String> labelsAt(String textWithCursor) throws Exception {
		int offset = textWithCursor.indexOf('|');
		String text = textWithCursor.replace("|", "");
		IdeFixture fixture = IdeFixture.open(folder, text);
		ContentAssistService service = IdeFixture.injector().getInstance(ContentAssistService.class);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(fixture.uri()), fixture.document.getPosition(offset));
		return service.createCompletionList(fixture.document, fixture.resource, params, CancelIndicator.NullImpl)
				.getItems().stream().map(CompletionItem::getLabel).toList();
	}

	@Test
	void theTechnologyOfARuleIsProposedFromTheModel() throws Exception {
		List<String> labels = labelsAt("samtyckesregel R gäller |");
		assertTrue(labels.containsAll(List.of("Kamera", "Sensor")), labels.toString());
		assertFalse(labels.contains("hemtjänst"), "an operation is no technology: " + labels);
	}

	@Test
	void aStepProposesOnlyWhatItsRoleMayDo() throws Exception {
		List<String> labels = labelsAt("""
				verksamhetsrutin Natt för hemtjänst {
					roll Nattpatrull får besök, dokumentation
					steg S: Nattpatrull gör |
				}
				""");
		assertTrue(labels.containsAll(List.of("besök", "dokumentation")), labels.toString());
		assertFalse(labels.contains("tillsyn"), labels.toString());
	}

	@Test
	void aCallProposesTheRoutinesRolesAndContacts() throws Exception {
		List<String> labels = labelsAt("""
				verksamhetsrutin Natt för hemtjänst {
					roll Larmoperatör får tillsyn
					kontakt Sjuksköterska telefon "0690-250 200"
					steg Larma: om ingen hinner fram, Larmoperatör ringer |
				}
				""");
		assertTrue(labels.containsAll(List.of("Larmoperatör", "Sjuksköterska")), labels.toString());
	}

	@Test
	void aVisitIsDocumentedInTheCareDocumentationNotTheSuppliersPlatform() throws Exception {
		List<String> labels = labelsAt("""
				verksamhetsrutin Natt för hemtjänst {
					roll Nattpatrull får besök
					steg Hjälp: om sedd och behöver hjälp, Nattpatrull gör besök dokumenteras i |
				}
				""");
		assertTrue(labels.contains("Lifecare"), labels.toString());
		assertFalse(labels.contains("Plattformen"), "the supplier's platform is no care documentation: " + labels);
		assertFalse(labels.contains("Kamera"), "a technology is no system: " + labels);
	}

	@Test
	void anEmptyFileProposesWholeBlocksInSwedish() throws Exception {
		List<String> labels = labelsAt("|");
		assertTrue(labels.containsAll(List.of("samtyckesregel", "samtyckesregel … { … }", "verksamhetsrutin … { … }",
				"checklista", "importera")), labels.toString());
		assertFalse(labels.contains("consent"), "English keywords parse but are not proposed: " + labels);
	}

	@Test
	void aChecklistPointIsSatisfiedByAModelElementOrARoutineStep() throws Exception {
		List<String> labels = labelsAt("""
				samtyckesregel R gäller Kamera { samtycke från brukaren }
				verksamhetsrutin Natt för hemtjänst {
					roll Nattpatrull får besök
					steg Hembesök: Nattpatrull gör besök
				}
				checklista C { punkt P "p" uppfylls av | }
				""");
		assertTrue(labels.containsAll(List.of("A1", "Natt.Hembesök")), labels.toString());
		assertFalse(labels.contains("R"), "a consent rule satisfies no point: " + labels);
	}
}
