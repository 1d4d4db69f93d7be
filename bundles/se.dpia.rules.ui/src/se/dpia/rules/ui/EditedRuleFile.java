package se.dpia.rules.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import se.dpia.rules.load.FolderResources;
import se.dpia.rules.load.Revalidator;
import se.dpia.rules.load.Revalidator.Revalidation;

/**
 * The rule file an editor shows, as an Xtext resource loaded with the rest of its assessment folder (so names
 * resolve against the model), kept in step with the editor's text by a {@link Revalidator}: each change reparses
 * only the region it replaced, and a check covers only what the changes can affect. Services read it under its lock.
 */
final class EditedRuleFile {

	private final IEditorInput input;
	private Revalidator revalidator;
	private boolean loaded;

	EditedRuleFile(IEditorInput input) {
		this.input = input;
	}

	/**
	 * Runs {@code service} on the resource holding {@code text}; returns {@code fallback} when the editor shows
	 * no file on disk.
	 */
	synchronized <T> T read(String text, Function<XtextResource, T> service, T fallback) {
		Revalidator current = revalidator();
		if (current == null) {
			return fallback;
		}
		current.update(text);
		return service.apply(current.resource());
	}

	/**
	 * Brings the resource to {@code text}, checks it again with the other rule files the changes since the last
	 * check can affect, and runs {@code service} on the resource and what the check found; returns {@code fallback}
	 * when the editor shows no file on disk.
	 */
	synchronized <T> T check(String text, BiFunction<XtextResource, Revalidation, T> service, T fallback) {
		Revalidator current = revalidator();
		if (current == null) {
			return fallback;
		}
		current.update(text);
		return service.apply(current.resource(), current.revalidate(CancelIndicator.NullImpl));
	}

	private Revalidator revalidator() {
		if (loaded) {
			return revalidator;
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
			revalidator = found instanceof XtextResource xtext ? new Revalidator(xtext) : null;
		} catch (IOException | RuntimeException e) {
			revalidator = null;
		}
		return revalidator;
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
