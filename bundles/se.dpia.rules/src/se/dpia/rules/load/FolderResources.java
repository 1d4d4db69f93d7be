package se.dpia.rules.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import se.dpia.model.Assessment;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.io.FolderLayout;
import se.dpia.model.io.LoadText;
import se.dpia.model.io.ModelLoadException;
import se.dpia.model.io.RefusedException;
import se.dpia.rules.imports.RuleImports;

/**
 * The model and rule files of an assessment folder loaded into one resource set: its model files ({@code *.dpia}) and its rule files
 * ({@code *.regler}, in any subfolder but {@code out/} and hidden ones), so rules resolve names against the model.
 */
public final class FolderResources {

	/** The rule files' extension. */
	public static final String RULE_EXTENSION = "regler";

	/** The largest rule file read, imported or not: {@link RuleImports#MAX_BYTES}. */
	public static final long MAX_RULE_BYTES = RuleImports.MAX_BYTES;

	private final Path root;
	private final XtextResourceSet resourceSet;
	private final List<Assessment> assessments = new ArrayList<>();
	private final List<ModelLoadException> loadFailures = new ArrayList<>();
	private final List<Resource> ruleResources = new ArrayList<>();

	private FolderResources(Path root, XtextResourceSet resourceSet) {
		this.root = root;
		this.resourceSet = resourceSet;
	}

	/** Loads every model and rule file in the folder; a file that can't be read is recorded, not thrown. */
	public static FolderResources load(Injector rulesInjector, Path root) throws IOException {
		XtextResourceSet resourceSet = rulesInjector.getInstance(XtextResourceSet.class);
		AssessmentFiles.prepare(resourceSet);
		FolderResources folder = new FolderResources(root, resourceSet);
		for (Path model : AssessmentFiles.modelFilesIn(root)) {
			try {
				folder.assessments.add(AssessmentFiles.load(resourceSet, model));
			} catch (ModelLoadException e) {
				folder.loadFailures.add(e);
			}
		}
		for (Path ruleFile : ruleFilesIn(root)) {
			long size = java.nio.file.Files.size(ruleFile);
			if (size > MAX_RULE_BYTES) {
				folder.loadFailures.add(new ModelLoadException(ruleFile, 0, 0, new LoadText("ruleTooLarge",
						AssessmentFiles.megabytes(size), AssessmentFiles.megabytes(MAX_RULE_BYTES))));
				continue;
			}
			Resource resource = resourceSet.createResource(URI.createFileURI(ruleFile.toAbsolutePath().toString()));
			try {
				resource.load(resourceSet.getLoadOptions());
			} catch (IOException e) {
				folder.loadFailures.add(new ModelLoadException(ruleFile, 0, 0, RefusedException.reasonIn(e)
						.orElse(new LoadText("ruleUnreadable", String.valueOf(e.getMessage())))));
				continue;
			}
			folder.ruleResources.add(resource);
		}
		return folder;
	}

	/** The rule files, as the approval's content hash counts them: not in out/ nor in hidden folders like .approved/. */
	private static List<Path> ruleFilesIn(Path root) throws IOException {
		return FolderLayout.ruleFilesIn(root);
	}

	public Path root() {
		return root;
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** The assessments of the model files that loaded. */
	public List<Assessment> assessments() {
		return assessments;
	}

	/** The first assessment, or {@code null} if the folder has none that loads. */
	public Assessment assessment() {
		return assessments.isEmpty() ? null : assessments.get(0);
	}

	public List<ModelLoadException> loadFailures() {
		return loadFailures;
	}

	public List<Resource> ruleResources() {
		return ruleResources;
	}

	/** The file behind a resource of this folder. */
	public Path fileOf(Resource resource) {
		return Path.of(resource.getURI().toFileString());
	}
}
