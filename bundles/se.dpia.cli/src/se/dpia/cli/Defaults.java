package se.dpia.cli;

import java.nio.file.Path;

/**
 * Where the command line finds the bundled example and the templates. {@code ./dpia} and the product's launch
 * scripts pass them as system properties ({@code dpia.example}, {@code dpia.templates}); the example is otherwise
 * looked for under the current folder. Templates come from {@code --templates DIR}, else the environment variable
 * {@code DPIA_TEMPLATES}, else {@code dpia.templates}, else the defaults built into the documents bundle.
 *
 * @param templates the templates folder to use when {@code --templates} is not given; null for the built-in ones
 */
public record Defaults(Path example, Path templates) {

	public static Defaults fromSystemProperties() {
		String templates = System.getenv("DPIA_TEMPLATES");
		if (templates == null || templates.isBlank()) {
			templates = System.getProperty("dpia.templates");
		}
		return new Defaults(Path.of(System.getProperty("dpia.example", "examples/ange-trygghetskamera")),
				templates == null || templates.isBlank() ? null : Path.of(templates));
	}
}
