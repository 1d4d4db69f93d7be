package se.dpia.tests.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Finds SWT widgets under a control, the way a user would look for them: by kind and by the text they show. */
public final class Widgets {

	private Widgets() {
	}

	/** Every control of the given kind under (and including) a control that matches, in depth-first order. */
	public static <T extends Control> List<T> find(Control root, Class<T> kind, Predicate<? super T> matching) {
		List<T> found = new ArrayList<>();
		collectControls(root, kind, matching, found);
		return found;
	}

	private static <T extends Control> void collectControls(Control control, Class<T> kind, Predicate<? super T> matching,
			List<T> found) {
		if (kind.isInstance(control) && matching.test(kind.cast(control))) {
			found.add(kind.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectControls(child, kind, matching, found);
			}
		}
	}

	/** The texts of every tree item under a control, expanding trees so their rows exist. */
	public static List<String> allTreeTexts(Control root) {
		List<String> texts = new ArrayList<>();
		for (Tree tree : find(root, Tree.class, t -> true)) {
			for (TreeItem item : tree.getItems()) {
				collectTexts(item, texts);
			}
		}
		return texts;
	}

	private static void collectTexts(TreeItem item, List<String> texts) {
		texts.add(item.getText());
		item.setExpanded(true);
		for (TreeItem child : item.getItems()) {
			collectTexts(child, texts);
		}
	}

	/** The texts of every label under a control. */
	public static List<String> labelTexts(Control root) {
		return find(root, Label.class, label -> true).stream().map(Label::getText).toList();
	}

	/** The first item, at any depth, whose text in the first column is the given one; {@code null} if none. */
	public static TreeItem treeItem(Tree tree, String text) {
		for (TreeItem item : tree.getItems()) {
			TreeItem found = treeItem(item, text);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static TreeItem treeItem(TreeItem item, String text) {
		if (text.equals(item.getText())) {
			return item;
		}
		item.setExpanded(true);
		for (TreeItem child : item.getItems()) {
			TreeItem found = treeItem(child, text);
			if (found != null) {
				return found;
			}
		}
		return null;
	}
}
