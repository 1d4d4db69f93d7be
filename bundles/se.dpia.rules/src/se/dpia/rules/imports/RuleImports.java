package se.dpia.rules.imports;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.io.RealPaths;
import se.dpia.rules.rules.Import;

/**
 * Where an {@code importera} statement may lead, and the only place that turns one into a URI. A rule file may
 * import another rule file inside its assessment folder (the nearest folder above it that holds a {@code *.dpia}
 * model, else its own folder) or a file of the bundled library ({@code importera bibliotek "skr/inforande.regler"}).
 * Everything else is refused before anything is opened: a scheme ({@code http:}, {@code jar:}, {@code file:}),
 * an absolute path, a relative path that climbs out of the folder, a path that leads out through a symbolic link,
 * and a file above {@link #MAX_BYTES}.
 */
public final class RuleImports {

	/**
	 * The largest rule file read, imported or not: 1 MB, some 30,000 lines, where the bundled files have a few dozen.
	 * A larger file is refused before it is parsed, so it can't exhaust the heap.
	 */
	public static final long MAX_BYTES = 1024L * 1024;

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
		if (!RealPaths.isInside(root, target)) {
			return Resolution.refused("'" + path + "' leads through a symbolic link to " + RealPaths.of(target)
					+ ", outside the assessment folder " + root + "; copy the file into the folder instead of linking to it");
		}
		String tooLarge = tooLarge(target);
		if (tooLarge != null) {
			return Resolution.refused("'" + path + "' " + tooLarge);
		}
		return new Resolution(URI.createFileURI(target.toString()), null, Files.isRegularFile(target));
	}

	/**
	 * Why a rule file is too large to be read ("is 3.2 MB, above the limit ..."), or null when it may be read (or does
	 * not exist).
	 */
	public static String tooLarge(Path ruleFile) {
		long size;
		try {
			size = Files.isRegularFile(ruleFile) ? Files.size(ruleFile) : 0;
		} catch (java.io.IOException e) {
			return null; // reading it will say what is wrong
		}
		return size <= MAX_BYTES ? null : "is " + AssessmentFiles.megabytes(size) + ", above the limit of "
				+ AssessmentFiles.megabytes(MAX_BYTES) + " for a rule file; split it into several files (importera \"del.regler\")";
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
