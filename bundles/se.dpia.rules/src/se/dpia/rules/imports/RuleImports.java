package se.dpia.rules.imports;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import se.dpia.model.io.AssessmentFiles;
import se.dpia.rules.rules.Import;

/**
 * Where an {@code importera} statement may lead, and the only place that turns one into a URI. A rule file may
 * import another rule file inside its assessment folder (the nearest folder above it that holds a {@code *.dpia}
 * model, else its own folder) or a file of the bundled library ({@code importera bibliotek "skr/inforande.regler"}).
 * Everything else is refused before anything is opened: a scheme ({@code http:}, {@code jar:}, {@code file:}),
 * an absolute path, or a relative path that climbs out of the folder.
 */
public final class RuleImports {

	private static final Pattern LIBRARY_PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.regler");
	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

	private RuleImports() {
	}

	/** Where an import leads, or why it may not be followed. */
	public record Resolution(URI uri, String refusal, boolean exists) {

		static Resolution refused(String why) {
			return new Resolution(null, why, false);
		}

		public boolean isRefused() {
			return refusal != null;
		}
	}

	public static Resolution resolve(Import anImport) {
		Resource resource = anImport.eResource();
		return resolve(resource == null ? null : resource.getURI(), anImport.isLibrary(), anImport.getPath());
	}

	/** Resolves {@code path} as written in a rule file at {@code importer}. */
	public static Resolution resolve(URI importer, boolean library, String path) {
		if (path == null || path.isBlank()) {
			return Resolution.refused("the import names no file");
		}
		if (SCHEME.matcher(path).matches() || path.startsWith("/") || path.startsWith("\\") || path.contains("\\")) {
			return Resolution.refused("'" + path + "' is not a relative path inside the assessment folder;"
					+ " imports may not name a scheme (http:, jar:, file:) or an absolute path");
		}
		if (library) {
			if (!LIBRARY_PATH.matcher(path).matches()) {
				return Resolution.refused("'" + path + "' is not a file of the bundled library;"
						+ " library files are named like skr/inforande.regler");
			}
			return new Resolution(RulesLibrary.uriOf(path), null, RulesLibrary.exists(path));
		}
		if (importer == null || !importer.isFile()) {
			return Resolution.refused("only rule files in an assessment folder may import other files by path;"
					+ " the bundled library imports with 'importera bibliotek'");
		}
		Path from = Path.of(importer.toFileString()).toAbsolutePath().normalize().getParent();
		Path target = from.resolve(path).normalize();
		Path root = assessmentFolderOf(from);
		if (!target.startsWith(root)) {
			return Resolution.refused("'" + path + "' lies outside the assessment folder " + root
					+ "; copy the file into the folder and import it from there");
		}
		if (!target.getFileName().toString().endsWith(".regler")) {
			return Resolution.refused("'" + path + "' is not a rule file (*.regler)");
		}
		return new Resolution(URI.createFileURI(target.toString()), null, Files.isRegularFile(target));
	}

	/** The nearest folder at or above {@code folder} that holds an assessment model, else {@code folder} itself. */
	static Path assessmentFolderOf(Path folder) {
		for (Path current = folder; current != null; current = current.getParent()) {
			File[] models = current.toFile().listFiles((dir, name) -> name.endsWith("." + AssessmentFiles.EXTENSION));
			if (models != null && models.length > 0) {
				return current;
			}
		}
		return folder;
	}
}
