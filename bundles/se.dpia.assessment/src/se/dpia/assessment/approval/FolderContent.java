package se.dpia.assessment.approval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.dpia.model.io.FolderLayout;
import se.dpia.model.io.RealPaths;

/**
 * The content of an assessment folder that an approval covers: its model files ({@code *.dpia}, directly in the
 * folder) and rule files ({@code *.regler}, in any subfolder), keyed by their path relative to the folder with
 * {@code /} separators, sorted. Generated output ({@code out/}) and hidden folders (the approval snapshot
 * {@code .approved/}, {@code .git/}) are not content.
 */
public record FolderContent(Map<String, byte[]> files) {

	/** The model files' extension. */
	public static final String MODEL_EXTENSION = FolderLayout.MODEL_EXTENSION;

	public FolderContent {
		files = Collections.unmodifiableMap(new TreeMap<>(files));
	}

	/** Reads the content files of a folder. */
	public static FolderContent of(Path folder) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		for (Path file : filesIn(folder)) {
			if (!RealPaths.leadsOut(folder, file)) { // such a link is refused when loaded, so it is not content either
				files.put(relative(folder, file), Files.readAllBytes(file));
			}
		}
		return new FolderContent(files);
	}

	/** The content files of a folder, sorted by path: what the rule language and the approval read. */
	public static List<Path> filesIn(Path folder) throws IOException {
		return FolderLayout.filesIn(folder);
	}

	/** Whether a path relative to the assessment folder (separator {@code /}) is part of its content. */
	public static boolean isContent(String path) {
		return FolderLayout.isContent(path);
	}

	public static boolean isModel(String path) {
		return FolderLayout.isModel(path);
	}

	/** The first model file's path, or null. */
	public String firstModel() {
		return files.keySet().stream().filter(FolderContent::isModel).findFirst().orElse(null);
	}

	private static String relative(Path folder, Path file) {
		return FolderLayout.relative(folder, file);
	}
}
