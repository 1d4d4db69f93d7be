package se.dpia.tests.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the bundled examples, so a test may change and save them. */
public final class TestFolders {

	/** The repository root: tycho-surefire passes it as {@code dpia.root}; tests run in bundles/<test bundle>. */
	public static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));

	private TestFolders() {
	}

	/** Copies the example folder {@code examples/<name>} into the given folder. */
	public static Path copyExample(String name, Path to) throws IOException {
		copyFolder(ROOT.resolve("examples").resolve(name), to);
		return to;
	}

	public static void copyFolder(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
	}
}
