package se.dpia.app.views.flows;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;

/** How large a text is drawn, in the diagram's fonts; lets the layout size boxes and labels before anything is painted. */
interface TextMeasure {

	/** The extent of a text, which may hold line breaks, in the plain or the bold font. */
	Point extent(String text, boolean bold);

	/** The text broken at spaces into lines no wider than {@code width} where a single word allows it. */
	default String wrap(String text, int width, boolean bold) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && extent(longer, bold).x > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			} else {
				line = new StringBuilder(longer);
			}
		}
		lines.add(line.toString());
		return String.join("\n", lines);
	}
}
