package se.dpia.app;

import java.nio.file.Path;
import java.util.Optional;

/** The assessment folder the workbench opens at start: {@code --assessment DIR}, or the system property. */
final class StartFolder {

	private StartFolder() {
	}

	static Optional<Path> from(String[] args) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals("--assessment")) {
				return Optional.of(Path.of(args[i + 1]));
			}
		}
		return Optional.ofNullable(System.getProperty("dpia.assessment")).map(Path::of);
	}
}
