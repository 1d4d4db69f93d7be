package se.dpia.rules.ui;

import org.eclipse.ui.editors.text.TextEditor;

/**
 * The rule-file editor: the platform's text editor driven by the rule language's Xtext runtime (Xtext's own
 * Eclipse editor is not on Maven Central). Highlighting and problems while typing come from
 * {@link RulesSourceViewerConfiguration}.
 */
public class RulesEditor extends TextEditor {

	/** The editor's id in plugin.xml. */
	public static final String ID = "se.dpia.rules.ui.editor";

	public RulesEditor() {
		setSourceViewerConfiguration(new RulesSourceViewerConfiguration(this));
	}
}
