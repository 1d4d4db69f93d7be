package se.dpia.app.views;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Sorts a table by the column whose header was clicked last; a second click on the same header reverses the order.
 * Each column sorts by its own key (numbers as numbers, dates as text), not by the text it shows.
 */
public final class ColumnSorter<T> extends ViewerComparator {

	private final Class<T> type;
	private final List<Function<T, Comparable<?>>> keys;
	private int column;
	private boolean descending;

	public ColumnSorter(Class<T> type, List<Function<T, Comparable<?>>> keys) {
		this.type = type;
		this.keys = keys;
	}

	/** Makes every column header of the viewer's table sort by its key. */
	public void install(TableViewer viewer) {
		Table table = viewer.getTable();
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < columns.length; i++) {
			int index = i;
			columns[i].addListener(SWT.Selection, event -> sortBy(viewer, index));
		}
		viewer.setComparator(this);
	}

	/** Sorts by a column, as a click on its header does. */
	public void sortBy(ColumnViewer viewer, int index) {
		descending = index == column && !descending;
		column = index;
		if (viewer.getControl() instanceof Table table) {
			table.setSortColumn(table.getColumn(index));
			table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
		}
		viewer.refresh();
	}

	@Override
	public int compare(Viewer viewer, Object first, Object second) {
		if (!type.isInstance(first) || !type.isInstance(second)) {
			return 0;
		}
		int order = KEY_ORDER.compare(keys.get(column).apply(type.cast(first)), keys.get(column).apply(type.cast(second)));
		return descending ? -order : order;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Comparator<Comparable<?>> KEY_ORDER = Comparator.nullsLast((a, b) -> ((Comparable) a).compareTo(b));
}
