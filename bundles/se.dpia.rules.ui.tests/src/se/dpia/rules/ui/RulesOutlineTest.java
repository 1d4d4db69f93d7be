package se.dpia.rules.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.UiWait;
import se.dpia.tests.ui.Widgets;

/** The Outline view lists a rule file's rules, routines with their roles and steps, and selects in the editor. */
class RulesOutlineTest {

	@Test
	void theOutlineListsTheExamplesRulesAndRoutines(@TempDir Path copy) throws Exception {
		try (EditorFixture fixture = EditorFixture.open(copy, "kameratillsyn.regler")) {
			fixture.page.showView(IPageLayout.ID_OUTLINE);
			fixture.page.activate(fixture.editor);
			RulesOutline rules = (RulesOutline) fixture.editor.getAdapter(IContentOutlinePage.class);
			UiWait.until("the outline lists the consent rules",
					() -> Widgets.allTreeTexts(rules.getControl()).equals(List.of("samtyckesregel Kameratillsyn", "samtyckesregel Sensortillsyn")),
					() -> Widgets.allTreeTexts(rules.getControl()).toString());

			RulesEditor routines = fixture.open("rutiner/hemtjanst.regler");
			RulesOutline outline = (RulesOutline) routines.getAdapter(IContentOutlinePage.class);
			UiWait.until("the outline lists the routine's roles and steps",
					() -> Widgets.allTreeTexts(outline.getControl()).contains("steg Hembesök"),
					() -> Widgets.allTreeTexts(outline.getControl()).toString());
			List<String> rows = Widgets.allTreeTexts(outline.getControl());
			assertEquals("verksamhetsrutin Hemtjänst_natt", rows.get(0));
			assertTrue(rows.containsAll(List.of("roll Larmoperatör", "roll Nattpatrull", "steg Tillsyn", "steg Loggkontroll")),
					rows.toString());

			Tree tree = Widgets.find(outline.getControl(), Tree.class, t -> true).get(0);
			TreeItem step = Widgets.treeItem(tree, "steg Hembesök");
			outline.setSelection(new StructuredSelection(step.getData()));
			ITextSelection selected = (ITextSelection) routines.getSelectionProvider().getSelection();
			assertEquals("Hembesök", selected.getText());
			assertEquals(fixture.document(routines).get().indexOf("steg Hembesök") + "steg ".length(), selected.getOffset());
			Screenshots.save(routines.getSite().getShell(), Path.of("target/screenshots/rule-editor-outline.png"));
		}
	}
}
