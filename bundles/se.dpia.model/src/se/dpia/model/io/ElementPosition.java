package se.dpia.model.io;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

/**
 * Where a model element starts in the {@code .dpia} file it was loaded from: the line and column of its start tag's
 * {@code <}, both 1-based. Recorded by {@link AssessmentFiles#load} for every element, so a problem found in the
 * model can name its place in the text (an editor, a CI problem matcher or a code-scanning page can then show it).
 * Elements created after loading have none; {@link #nearest} then answers the nearest container's.
 */
public final class ElementPosition extends AdapterImpl {

	private int line;
	private int column;

	private ElementPosition(int line, int column) {
		this.line = line;
		this.column = column;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ElementPosition.class;
	}

	/** The element's own position, or null when it was not loaded from a file. */
	public static ElementPosition of(EObject element) {
		for (Adapter adapter : element.eAdapters()) {
			if (adapter instanceof ElementPosition position) {
				return position;
			}
		}
		return null;
	}

	/** The position of the element or, failing that, of its nearest container that has one; null if none has. */
	public static ElementPosition nearest(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			ElementPosition position = of(e);
			if (position != null) {
				return position;
			}
		}
		return null;
	}

	static void record(EObject element, int line, int column) {
		ElementPosition position = of(element);
		if (position == null) {
			element.eAdapters().add(new ElementPosition(line, column));
		} else {
			position.line = line;
			position.column = column;
		}
	}

	/**
	 * Moves a position the XML parser reported (just after the start tag's {@code >}) back to the tag's {@code <}:
	 * well-formed XML has no bare {@code <} inside a tag, so the nearest one before is the start.
	 */
	void moveToTagStart(TextLines text) {
		int offset = text.offset(line, column) - 1;
		while (offset > 0 && text.charAt(offset) != '<') {
			offset--;
		}
		line = text.lineOf(offset);
		column = offset - text.lineStart(line) + 1;
	}

	/** A text with the offsets its lines start at, counted as an XML parser counts them (LF, CR LF or CR end a line). */
	static final class TextLines {
		private final String text;
		private final int[] starts;

		TextLines(String text) {
			this.text = text;
			java.util.List<Integer> list = new java.util.ArrayList<>();
			list.add(0);
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
					list.add(i + 1);
				}
			}
			starts = list.stream().mapToInt(Integer::intValue).toArray();
		}

		char charAt(int offset) {
			return offset < text.length() ? text.charAt(offset) : '\0';
		}

		int lineStart(int line) {
			return starts[Math.min(Math.max(line, 1), starts.length) - 1];
		}

		int offset(int line, int column) {
			return Math.min(lineStart(line) + Math.max(column, 1) - 1, text.length());
		}

		int lineOf(int offset) {
			int found = java.util.Arrays.binarySearch(starts, offset);
			return found >= 0 ? found + 1 : -found - 1;
		}
	}
}
