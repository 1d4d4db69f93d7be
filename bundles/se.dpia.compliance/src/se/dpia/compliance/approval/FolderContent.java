package se.dpia.compliance.approval;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content of an assessment folder that an approval covers: its model files ({@code *.dpia}, directly in the
 * folder) and rule files ({@code *.regler}, in any subfolder), keyed by their path relative to the folder with
 * {@code /} separators, sorted. Generated output ({@code out/}) and hidden folders (the approval snapshot
 * {@code .approved/}, {@code .git/}) are not content.
 */
public record FolderContent(Map<String, byte[]> files) {

	/** The model files' extension. */
	public static final String MODEL_EXTENSION = ".dpia";
	/** The rule files' extension. */
	public static final String RULE_EXTENSION = ".regler";
	/** The folder of generated documents, never content. */
	public static final String OUTPUT_FOLDER = "out";

	public FolderContent {
		files = Collections.unmodifiableMap(new TreeMap<>(files));
	}

	/** Reads the content files of a folder. */
	public static FolderContent of(Path folder) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		for (Path file : filesIn(folder)) {
			files.put(relative(folder, file), Files.readAllBytes(file));
		}
		return new FolderContent(files);
	}

	/** The content files of a folder, sorted by path: what the rule language and the approval read. */
	public static List<Path> filesIn(Path folder) throws IOException {
		List<Path> files = new ArrayList<>();
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
				String name = directory.equals(folder) ? "" : relative(folder, directory);
				// hidden folders (.git, .approved) and the generated output are never content: don't walk them
				return name.isEmpty() || isContent(name + "/x" + RULE_EXTENSION) ? FileVisitResult.CONTINUE
						: FileVisitResult.SKIP_SUBTREE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (attributes.isRegularFile() && isContent(relative(folder, file))) {
					files.add(file);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		files.sort(null);
		return files;
	}

	/** The rule files of a folder, sorted by path. */
	public static List<Path> ruleFilesIn(Path folder) throws IOException {
		return filesIn(folder).stream().filter(file -> file.getFileName().toString().endsWith(RULE_EXTENSION)).toList();
	}

	/** Whether a path relative to the assessment folder (separator {@code /}) is part of its content. */
	public static boolean isContent(String path) {
		String[] parts = path.split("/");
		for (int i = 0; i < parts.length - 1; i++) {
			if (parts[i].startsWith(".") || (i == 0 && parts[i].equals(OUTPUT_FOLDER))) {
				return false;
			}
		}
		String name = parts[parts.length - 1];
		if (name.startsWith(".")) {
			return false; // temporary files of an atomic write
		}
		return name.endsWith(RULE_EXTENSION) || (parts.length == 1 && name.endsWith(MODEL_EXTENSION));
	}

	public static boolean isModel(String path) {
		return path.endsWith(MODEL_EXTENSION);
	}

	/** The first model file's path, or null. */
	public String firstModel() {
		return files.keySet().stream().filter(FolderContent::isModel).findFirst().orElse(null);
	}

	private static String relative(Path folder, Path file) {
		return folder.relativize(file).toString().replace('\\', '/');
	}
}
