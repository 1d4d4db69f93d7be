package se.dpia.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The assessment folder the workbench opens at start: {@code --assessment DIR}, else the first argument that is a
 * folder and neither an option nor an option's value ({@code dpia-workbench.sh DIR -nl en}: the framework has already
 * taken its own options), else the system property {@code dpia.assessment}.
 */
final class StartFolder {

	private StartFolder() {
	}

	static Optional<Path> from(String[] args) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals("--assessment")) {
				return Optional.of(Path.of(args[i + 1]));
			}
		}
		for (int i = 0; i < args.length; i++) {
			// skip options and their values (a test harness passes -testproperties FILE), and anything not a folder
			boolean optionValue = i > 0 && args[i - 1].startsWith("-");
			if (!args[i].startsWith("-") && !optionValue && !args[i].isBlank() && Files.isDirectory(Path.of(args[i]))) {
				return Optional.of(Path.of(args[i]));
			}
		}
		return Optional.ofNullable(System.getProperty("dpia.assessment")).map(Path::of);
	}
}
