package se.dpia.rules.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.rules.IssueCodes;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.UiWait;

/** Ctrl+1 on a problem offers the language's quick fix for its code; applying it makes the problem go away. */
class RulesQuickFixTest {

	@Test
	void theQuickFixForAMissingNoObjectionRemovesTheProblem(@TempDir Path copy) throws Exception {
		try (EditorFixture fixture = EditorFixture.open(copy, "kameratillsyn.regler")) {
			UiWait.until("the example is checked", () -> codes(fixture).isEmpty() && fixture.file().exists(),
					() -> codes(fixture).toString());
			fixture.replace("förvaltare och brukaren motsätter sig inte", "förvaltare");
			UiWait.until("the problem is reported", () -> codes(fixture).contains(IssueCodes.REPRESENTATIVE_WITHOUT_NO_OBJECTION),
					() -> codes(fixture).toString());

			int offset = fixture.document().get().indexOf("god_man eller förvaltare");
			fixture.viewer().setSelectedRange(offset, 0);
			fixture.editor.getAction(ITextEditorActionConstants.QUICK_ASSIST).run(); // what Ctrl+1 runs
			UiWait.drain();
			Screenshots.save(fixture.editor.getSite().getShell(), Path.of("target/screenshots/rule-editor-quick-fix.png"));

			IQuickAssistProcessor processor = new RulesQuickFixes(fixture.editor);
			List<ICompletionProposal> fixes = Stream.of(processor.computeQuickAssistProposals(
					new TextInvocationContext(fixture.viewer(), offset, -1))).toList();
			// the label is in the workbench's language; the text it writes is the rule language's, Swedish
			String label = java.util.Locale.getDefault().getLanguage().equals("sv") ? "Kräv att brukaren inte motsätter sig"
					: "Require that the person does not object";
			ICompletionProposal fix = fixes.stream().filter(p -> p.getDisplayString().equals(label))
					.findFirst().orElseThrow(() -> new AssertionError(fixes.stream().map(ICompletionProposal::getDisplayString).toList()));
			fix.apply(fixture.document());

			assertTrue(fixture.document().get().contains("förvaltare och brukaren motsätter sig inte"), fixture.document().get());
			UiWait.until("the problem is gone", () -> codes(fixture).isEmpty(), () -> codes(fixture).toString());
			assertEquals(List.of(), codes(fixture));
		}
	}

	/**
	 * The issue codes of the editor's problem markers, but the warning that the example's reading of reduced
	 * decision capacity is disputed, which the example keeps on purpose.
	 */
	private static List<String> codes(EditorFixture fixture) {
		try {
			return Stream.of(fixture.file().findMarkers(RulesProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.map(marker -> marker.getAttribute(RulesProblemMarkers.CODE, "?"))
					.filter(code -> !code.equals(IssueCodes.REPRESENTATIVE_CONSENT_DISPUTED)).toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}
}
