package se.dpia.rules.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.tests.ui.UiWait;

/** Names of model elements are drawn in teal italics; keywords stay bold purple. */
class RulesSemanticHighlightingTest {

	@Test
	void aTechnologyIsStyledAsAModelReferenceAndAKeywordIsNot(@TempDir Path copy) throws Exception {
		try (EditorFixture fixture = EditorFixture.open(copy, "kameratillsyn.regler")) {
			String text = fixture.document().get();
			int technology = text.indexOf("gäller Trygghetskamera") + "gäller ".length();
			int keyword = text.indexOf("samtyckesregel");
			StyledText widget = fixture.viewer().getTextWidget();
			UiWait.until("the technology is styled", () -> style(widget, technology + 2) != null
					&& (style(widget, technology + 2).fontStyle & SWT.ITALIC) != 0, () -> String.valueOf(style(widget, technology + 2)));

			StyleRange reference = style(widget, technology + 2);
			assertEquals(0, reference.foreground.getRed());
			assertEquals(128, reference.foreground.getBlue());
			assertEquals(0, style(widget, keyword + 2).fontStyle & SWT.ITALIC, "a keyword is not a reference");
			assertTrue((style(widget, keyword + 2).fontStyle & SWT.BOLD) != 0);
		}
	}

	private static StyleRange style(StyledText widget, int offset) {
		return widget.getStyleRangeAtOffset(offset);
	}
}
