package se.dpia.rules.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl+click: the detector links a reference to the model element or rule-file element it names. */
class RulesHyperlinkTest {

	@Test
	void aTechnologyLinksToItsModelElement(@TempDir Path copy) throws Exception {
		try (EditorFixture fixture = EditorFixture.open(copy, "kameratillsyn.regler")) {
			String text = fixture.document().get();
			int name = text.indexOf("gäller Trygghetskamera") + "gäller ".length();

			IHyperlink[] links = new RulesHyperlinks(fixture.editor).detectHyperlinks(fixture.viewer(), new Region(name + 3, 0), false);

			assertEquals(1, links.length);
			RulesHyperlink link = (RulesHyperlink) links[0];
			assertEquals(new Region(name, "Trygghetskamera".length()), link.getHyperlinkRegion());
			assertEquals(copy.resolve("assessment.dpia").toRealPath(), Path.of(link.file()).toRealPath());
			assertEquals("Trygghetskamera", link.fragment(), "the technology's id in the model");
			assertTrue(link.getHyperlinkText().startsWith("Technology "), link.getHyperlinkText());
			assertNull(new RulesHyperlinks(fixture.editor).detectHyperlinks(fixture.viewer(), new Region(3, 0), false),
					"a keyword is no link");
		}
	}

	@Test
	void aStepInAChecklistOpensTheRoutineFileWithTheStepSelected(@TempDir Path copy) throws Exception {
		try (EditorFixture fixture = EditorFixture.open(copy, "checklistor.regler")) {
			String text = fixture.document().get();
			int reference = text.indexOf("Hemtjänst_natt.Hembesök");

			IHyperlink[] links = new RulesHyperlinks(fixture.editor).detectHyperlinks(fixture.viewer(), new Region(reference + 3, 0), false);
			assertEquals(new Region(reference, "Hemtjänst_natt.Hembesök".length()), links[0].getHyperlinkRegion());
			links[0].open();

			IEditorPart opened = fixture.page.getActiveEditor();
			assertTrue(opened instanceof RulesEditor && opened.getTitle().equals("hemtjanst.regler"), opened.getTitle());
			RulesEditor routines = (RulesEditor) opened;
			ITextSelection selected = (ITextSelection) routines.getSelectionProvider().getSelection();
			assertEquals("Hembesök", selected.getText());
			assertEquals(fixture.document(routines).get().indexOf("steg Hembesök") + "steg ".length(), selected.getOffset());
		}
	}
}
