package se.dpia.rules.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import se.dpia.tests.ui.TestFolders;
import se.dpia.tests.ui.UiWait;

/**
 * A copy of the bundled example as a workspace project (linked to the copy, as the workbench opens a folder), with
 * one of its rule files open in the editor.
 */
final class EditorFixture implements AutoCloseable {

	final IProject project;
	final RulesEditor editor;
	final IWorkbenchPage page;

	private EditorFixture(IProject project, RulesEditor editor, IWorkbenchPage page) {
		this.project = project;
		this.editor = editor;
		this.page = page;
	}

	/** Copies the example into {@code copy}, links a project to it and opens {@code ruleFile} (relative path). */
	static EditorFixture open(Path copy, String ruleFile) throws Exception {
		TestFolders.copyExample("ange-trygghetskamera", copy);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject("exempel-" + copy.getFileName());
		IProjectDescription description = workspace.newProjectDescription(project.getName());
		description.setLocationURI(copy.toUri());
		project.create(description, null);
		project.open(null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		RulesEditor editor = (RulesEditor) IDE.openEditor(page, project.getFile(ruleFile), RulesEditor.ID);
		EditorFixture fixture = new EditorFixture(project, editor, page);
		UiWait.until("the editor is shown", () -> editor.getSite().getShell().isVisible());
		return fixture;
	}

	/** Opens another rule file of the copy (relative path) in the editor. */
	RulesEditor open(String ruleFile) throws Exception {
		RulesEditor other = (RulesEditor) IDE.openEditor(page, project.getFile(ruleFile), RulesEditor.ID);
		UiWait.drain();
		return other;
	}

	IDocument document(RulesEditor other) {
		return other.getDocumentProvider().getDocument(other.getEditorInput());
	}

	IFile file() {
		return (IFile) editor.getEditorInput().getAdapter(IFile.class);
	}

	IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	ISourceViewer viewer() {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	/** Replaces the first occurrence of {@code old} in the document, as typing would. */
	void replace(String old, String replacement) throws Exception {
		String text = document().get();
		int at = text.indexOf(old);
		if (at < 0) {
			throw new AssertionError("'" + old + "' is not in " + editor.getTitle());
		}
		document().replace(at, old.length(), replacement);
	}

	/** The texts of the editor's annotations of the given type (markers drawn in the editor included). */
	List<String> annotations(String type) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<String> result = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (type.equals(annotation.getType())) {
				result.add(annotation.getText());
			}
		}
		return result;
	}

	@Override
	public void close() throws Exception {
		page.closeAllEditors(false);
		project.delete(false, true, null); // the copy is a temporary folder; JUnit removes it
	}
}
