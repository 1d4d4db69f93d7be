package se.dpia.rules.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import se.dpia.rules.check.AssessmentFolder;

/**
 * Checks the text while the user types (a JFace reconciling strategy): reparses it in the resource set of its
 * assessment folder, so names resolve against the model, validates it, and shows each issue as an error or
 * warning annotation with its code.
 */
class RulesProblemReporter implements IReconcilingStrategy, IReconcilingStrategyExtension {

	/** Annotation types the platform draws as errors and warnings. */
	static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";

	private final RulesEditor editor;
	private IDocument document;
	private XtextResource resource;
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
		XtextResource current = resource();
		if (current == null || document == null) {
			return;
		}
		List<Issue> issues;
		synchronized (current) {
			try {
				current.reparse(document.get());
			} catch (java.io.IOException e) {
				return; // the text is in memory; reparsing it reads nothing
			}
			issues = current.getResourceServiceProvider().getResourceValidator().validate(current, CheckMode.ALL,
					CancelIndicator.NullImpl);
		}
		show(issues);
	}

	private void show(List<Issue> issues) {
		IAnnotationModel model = editor.getDocumentProvider() == null ? null
				: editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		if (!(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
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

	/** The editor's file, loaded with the rest of its assessment folder; {@code null} if it has no file. */
	private XtextResource resource() {
		if (resource != null) {
			return resource;
		}
		if (!(editor.getEditorInput() instanceof IURIEditorInput input) || input.getURI() == null
				|| !"file".equals(input.getURI().getScheme())) {
			return null;
		}
		Path file = Path.of(input.getURI());
		try {
			AssessmentFolder folder = AssessmentFolder.load(RulesUi.injector(), assessmentFolderOf(file));
			Resource loaded = folder.resourceSet().getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			resource = loaded instanceof XtextResource xtext ? xtext : null;
		} catch (java.io.IOException | RuntimeException e) {
			resource = null;
		}
		return resource;
	}

	/** The nearest folder above the file that holds an assessment model, else the file's own folder. */
	private static Path assessmentFolderOf(Path file) {
		for (Path folder = file.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
			java.io.File[] models = folder.toFile().listFiles((dir, name) -> name.endsWith(".dpia"));
			if (models != null && models.length > 0) {
				return folder;
			}
		}
		return file.toAbsolutePath().getParent();
	}

	private static int value(Integer number) {
		return number == null ? 0 : number;
	}
}
