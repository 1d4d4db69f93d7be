package se.dpia.model.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Which files of an assessment folder are its content: the model files ({@code *.dpia}, directly in the folder) and
 * the rule files ({@code *.regler}, in any subfolder). Generated output ({@code out/}), hidden folders (the approval
 * snapshot {@code .approved/}, {@code .git/}) and hidden files (temporary files of an atomic write) are not. The
 * loader, the rule language, the approval's hash and the history all find files through here, so they agree.
 */
public final class FolderLayout {

	/** The model files' extension, with its dot. */
	public static final String MODEL_EXTENSION = "." + AssessmentFiles.EXTENSION;
	/** The rule files' extension, with its dot. */
	public static final String RULE_EXTENSION = ".regler";
	/** The folder of generated documents, never content. */
	public static final String OUTPUT_FOLDER = "out";

	private FolderLayout() {
	}

	/** The content files of a folder, sorted by path. */
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
				// a linked file counts like any other (and is refused when loaded if the link leads out of the folder,
				// see RealPaths); linked folders are not walked
				boolean regular = attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file);
				if (regular && isContent(relative(folder, file))) {
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
		return filesIn(folder).stream().filter(FolderLayout::isRuleFile).toList();
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

	public static boolean isRuleFile(Path file) {
		return file.getFileName().toString().endsWith(RULE_EXTENSION);
	}

	/** A file's path relative to the folder, with {@code /} separators on every platform. */
	public static String relative(Path folder, Path file) {
		return folder.relativize(file).toString().replace('\\', '/');
	}
}
