package se.dpia.app.documents;

import java.nio.file.Path;

import se.dpia.documents.Templates;

/**
 * Where the workbench finds what the product ships beside its plug-ins: the document templates and the bundled
 * examples. {@code ./dpia workbench} passes them as the system properties {@code dpia.templates} and
 * {@code dpia.example} (one example; its parent folder holds them all), as it does for the command line.
 */
public final class ProductFolders {

	private ProductFolders() {
	}

	/** A templates folder of the municipality's own ({@code dpia.templates}), else the built-in templates. */
	public static Templates templates() {
		String folder = System.getProperty("dpia.templates");
		return folder == null || folder.isBlank() ? Templates.bundled()
				: Templates.folder(Path.of(folder).toAbsolutePath().normalize());
	}

	public static Path examples() {
		String example = System.getProperty("dpia.example");
		Path folder = example == null ? Path.of("examples") : Path.of(example).toAbsolutePath().getParent();
		return folder.toAbsolutePath().normalize();
	}
}
