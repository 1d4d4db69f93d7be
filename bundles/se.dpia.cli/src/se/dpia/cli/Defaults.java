package se.dpia.cli;

import java.nio.file.Path;

/**
 * Where the command line finds the bundled example and the templates. {@code ./dpia} passes them as system
 * properties ({@code dpia.example}, {@code dpia.templates}); otherwise they are looked for under the
 * current folder.
 */
public record Defaults(Path example, Path templates) {

	public static Defaults fromSystemProperties() {
		return new Defaults(Path.of(System.getProperty("dpia.example", "examples/ange-trygghetskamera")),
				Path.of(System.getProperty("dpia.templates", "templates")));
	}
}
