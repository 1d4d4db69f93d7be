package se.dpia.rules.ui;

import java.io.File;
import java.net.URI;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * A link to what a name refers to. A rule-file element opens its file in the rule editor with its name selected. A
 * model element is selected in the workbench's model tree when that view is open (found by its id, so this bundle
 * does not depend on the application); otherwise the .dpia file opens in the workbench's editor for it.
 */
final class RulesHyperlink implements IHyperlink {

	/** The model tree view of the DPIA workbench (se.dpia.app), when it is part of the running product. */
	static final String MODEL_TREE = "se.dpia.app.modelTree";

	private final IRegion region;
	private final String label;
	private final URI file;
	private final String fragment;
	private final int offset;
	private final int length;

	/** {@code offset} is -1 for a model element, which has no place in a text. */
	RulesHyperlink(IRegion region, String label, URI file, String fragment, int offset, int length) {
		this.region = region;
		this.label = label;
		this.file = file;
		this.fragment = fragment;
		this.offset = offset;
		this.length = length;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return null;
	}

	@Override
	public String getHyperlinkText() {
		return label;
	}

	/** The file that holds the target. */
	URI file() {
		return file;
	}

	/** The target's fragment in its file's resource (a model element's XMI id). */
	String fragment() {
		return fragment;
	}

	/** Where the target's name is in its rule file; -1 for a model element. */
	int offset() {
		return offset;
	}

	@Override
	public void open() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			if (offset < 0 && selectInModelTree(page)) {
				return;
			}
			IEditorPart part = openFile(page);
			if (offset >= 0 && part instanceof ITextEditor text) {
				text.selectAndReveal(offset, length);
			}
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(getClass()).error("Could not open " + file + " to show " + label, e);
		}
	}

	private IEditorPart openFile(IWorkbenchPage page) throws PartInitException {
		for (IFile found : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file)) {
			if (found.exists()) {
				return offset >= 0 ? IDE.openEditor(page, found, RulesEditor.ID) : IDE.openEditor(page, found);
			}
		}
		try {
			return IDE.openEditorOnFileStore(page, EFS.getStore(file));
		} catch (CoreException e) {
			throw new PartInitException("No file at " + file, e);
		}
	}

	private boolean isTargetFile(Resource resource) {
		return resource.getURI().isFile()
				&& new File(resource.getURI().toFileString()).getAbsoluteFile().equals(new File(file).getAbsoluteFile());
	}

	/** Selects the target in the open model tree, in the tree's own copy of the model; false if that is not there. */
	private boolean selectInModelTree(IWorkbenchPage page) throws PartInitException {
		IViewPart view = page.findView(MODEL_TREE);
		if (view == null || !(view.getSite().getSelectionProvider() instanceof StructuredViewer tree)
				|| !(tree.getInput() instanceof Object[] roots)) {
			return false;
		}
		for (Object root : roots) {
			if (root instanceof EObject object && object.eResource() != null && object.eResource().getResourceSet() != null) {
				for (Resource resource : object.eResource().getResourceSet().getResources()) {
					EObject shown = isTargetFile(resource) ? resource.getEObject(fragment) : null;
					if (shown != null) {
						page.showView(MODEL_TREE);
						tree.setSelection(new StructuredSelection(shown), true);
						return true;
					}
				}
			}
		}
		return false;
	}
}
