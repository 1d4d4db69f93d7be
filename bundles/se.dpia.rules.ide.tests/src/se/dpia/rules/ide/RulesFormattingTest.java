package se.dpia.rules.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formatter, driven through the language server's formatting service. */
class RulesFormattingTest {

	@TempDir
	Path folder;

	private String format(String text) throws Exception {
		IdeFixture fixture = IdeFixture.open(folder, text);
		FormattingService service = IdeFixture.injector().getInstance(FormattingService.class);
		List<TextEdit> edits = service.format(fixture.resource, fixture.document, 0, text.length(), new FormattingOptions(4, false));
		return IdeFixture.apply(fixture.document, edits);
	}

	@Test
	void aCrampedRuleIsLaidOutOneStatementALine() throws Exception {
		String formatted = format("""
				samtyckesregel   R gäller Kamera i hemtjänst ,hemtjänst{samtycke från brukaren :frivilligt ,informerat
				vid nedsatt beslutsförmåga : samtycke från god_man och brukaren motsätter sig inte   vid nej: erbjud "Fysisk tillsyn" omprövas var 6 :e månad}
				verksamhetsrutin Natt för hemtjänst med Kamera {
				roll Nattpatrull får besök beviljad insats 21:00 – 07:00 tillsyn 22:00-06:00 var 2:e timme
				        steg Hembesök:om fortfarande ej sedd,strömavbrott eller teknikfel , Nattpatrull gör besök inom 30 minuter}
				""");
		assertEquals("""
				samtyckesregel R gäller Kamera i hemtjänst, hemtjänst {
					samtycke från brukaren: frivilligt, informerat
					vid nedsatt beslutsförmåga: samtycke från god_man och brukaren motsätter sig inte
					vid nej: erbjud "Fysisk tillsyn"
					omprövas var 6:e månad
				}

				verksamhetsrutin Natt för hemtjänst med Kamera {
					roll Nattpatrull får besök
					beviljad insats 21:00–07:00
					tillsyn 22:00-06:00 var 2:e timme
					steg Hembesök: om fortfarande ej sedd, strömavbrott eller teknikfel, Nattpatrull gör besök inom 30 minuter
				}
				""", formatted);
	}

	@Test
	void aWellFormattedFileStaysAsItIs() throws Exception {
		String text = """
				// Kommentar
				importera bibliotek "skr/inforande.regler"

				checklista Införande enligt SKR_införande {
					Teknikfel uppfylls av A1
					punkt Egen "En egen punkt" öppen "Beslutas i mars"
				}
				""";
		assertEquals(text, format(text));
	}
}
