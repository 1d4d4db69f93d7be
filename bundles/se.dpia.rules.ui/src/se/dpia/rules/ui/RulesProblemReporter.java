package se.dpia.rules.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;


/**
 * Checks the text while the user types (a JFace reconciling strategy): checks the {@link EditedRuleFile} again,
 * only as far as the edit reaches ({@link se.dpia.rules.load.Revalidator}), and shows each of its issues as an
 * error or warning annotation with its code, and as a marker in the Problems view when the file is in the
 * workspace ({@link RulesProblemMarkers}); the same pass refreshes the outline and the semantic highlighting.
 */
class RulesProblemReporter implements IReconcilingStrategy, IReconcilingStrategyExtension {

	/** Annotation types the platform draws as errors and warnings. */
	static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";

	private final RulesEditor editor;
	private IDocument document;
	private final List<Annotation> shown = new ArrayList<>();

	RulesProblemReporter(RulesEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		// checks are short; nothing to report
	}

	@Override
	public void initialReconcile() {
		reconcile();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcile();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcile();
	}

	private void reconcile() {
		if (document == null) {
			return;
		}
		Checked checked = editor.ruleFile().check(document.get(), (resource, revalidation) -> new Checked(
				revalidation.issues(), RulesOutlineNode.of(resource), RulesSemanticHighlighting.modelReferences(resource)),
				null);
		if (checked != null) {
			editor.problemMarkers().replace(checked.issues());
			show(checked.issues());
			editor.checked(checked.outline(), checked.modelReferences());
		}
	}

	private void show(List<Issue> issues) {
		IAnnotationModel model = editor.getDocumentProvider() == null ? null
				: editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		if (!(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		// a workspace file's annotation model draws the markers already; annotations too would double each squiggle
		boolean markersShown = model instanceof AbstractMarkerAnnotationModel && editor.problemMarkers().file() != null;
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : markersShown ? List.<Issue>of() : issues) {
			if (issue.getSeverity() != Severity.ERROR && issue.getSeverity() != Severity.WARNING) {
				continue;
			}
			String type = issue.getSeverity() == Severity.ERROR ? ERROR : WARNING;
			Annotation annotation = new Annotation(type, false, issue.getMessage() + " [" + issue.getCode() + "]");
			added.put(annotation, new Position(value(issue.getOffset()), Math.max(1, value(issue.getLength()))));
		}
		extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
		shown.clear();
		shown.addAll(added.keySet());
	}

	/** What one check found: the problems, the outline's rows and the names of model elements. */
	private record Checked(List<Issue> issues, List<RulesOutlineNode> outline, List<Region> modelReferences) {
	}

	private static int value(Integer number) {
		return number == null ? 0 : number;
	}
}
