package se.dpia.rules.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format (the command bound to Ctrl+Shift+F) lays the file out as the language's formatter does, in one undo step. */
class RulesFormatTest {

	private static final String CRAMPED = """
			samtyckesregel   R gäller Trygghetskamera i hemtjänst ,hemtjänst{samtycke från brukaren :frivilligt ,informerat
			vid nej: erbjud "Fysisk tillsyn" omprövas var 6 :e månad}
			verksamhetsrutin Natt för hemtjänst med Trygghetskamera {
			roll Nattpatrull får besök beviljad insats 21:00 – 07:00
			        steg Hembesök:om fortfarande ej sedd,strömavbrott eller teknikfel , Nattpatrull gör besök inom 30 minuter}
			""";

	private static final String FORMATTED = """
			samtyckesregel R gäller Trygghetskamera i hemtjänst, hemtjänst {
				samtycke från brukaren: frivilligt, informerat
				vid nej: erbjud "Fysisk tillsyn"
				omprövas var 6:e månad
			}

			verksamhetsrutin Natt för hemtjänst med Trygghetskamera {
				roll Nattpatrull får besök
				beviljad insats 21:00–07:00
				steg Hembesök: om fortfarande ej sedd, strömavbrott eller teknikfel, Nattpatrull gör besök inom 30 minuter
			}
			""";

	@Test
	void formatLaysTheTextOutAndOneUndoTakesItBack(@TempDir Path copy) throws Exception {
		try (EditorFixture fixture = EditorFixture.open(copy, "kameratillsyn.regler")) {
			fixture.document().set(CRAMPED);

			fixture.editor.getSite().getService(IHandlerService.class).executeCommand(RulesFormatAction.COMMAND, null);

			assertEquals(FORMATTED, fixture.document().get());
			fixture.viewer().getTextOperationTarget().doOperation(ITextOperationTarget.UNDO);
			assertEquals(CRAMPED, fixture.document().get(), "one undo takes the whole format back");
		}
	}
}
