package se.dpia.rules.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.xtext.resource.XtextResource;

import se.dpia.rules.load.FolderResources;

/**
 * The rule file an editor shows, as an Xtext resource loaded with the rest of its assessment folder (so names
 * resolve against the model), kept in step with the editor's text. Services read it under its lock.
 */
final class EditedRuleFile {

	private final IEditorInput input;
	private XtextResource resource;
	private boolean loaded;

	EditedRuleFile(IEditorInput input) {
		this.input = input;
	}

	/**
	 * Runs {@code service} on the resource holding {@code text}; returns {@code fallback} when the editor shows
	 * no file on disk.
	 */
	synchronized <T> T read(String text, Function<XtextResource, T> service, T fallback) {
		XtextResource current = resource();
		if (current == null) {
			return fallback;
		}
		try {
			current.reparse(text);
		} catch (IOException e) {
			return fallback; // the text is in memory; reparsing it reads nothing
		}
		return service.apply(current);
	}

	private XtextResource resource() {
		if (loaded) {
			return resource;
		}
		loaded = true;
		if (!(input instanceof IURIEditorInput uriInput) || uriInput.getURI() == null
				|| !"file".equals(uriInput.getURI().getScheme())) {
			return null;
		}
		Path file = Path.of(uriInput.getURI()).toAbsolutePath();
		try {
			FolderResources folder = FolderResources.load(RulesUi.injector(), assessmentFolderOf(file));
			Resource found = folder.resourceSet().getResource(URI.createFileURI(file.toString()), true);
			resource = found instanceof XtextResource xtext ? xtext : null;
		} catch (IOException | RuntimeException e) {
			resource = null;
		}
		return resource;
	}

	/** The nearest folder above the file that holds an assessment model, else the file's own folder. */
	private static Path assessmentFolderOf(Path file) {
		for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
			File[] models = folder.toFile().listFiles((dir, name) -> name.endsWith(".dpia"));
			if (models != null && models.length > 0) {
				return folder;
			}
		}
		return file.getParent();
	}
}
