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

	/**
	 * Where an import leads, or why it may not be followed: {@code refusalKey} names the reason's text in
	 * {@link se.dpia.rules.RulesMessages}, filled in with {@code refusalArguments}.
	 */
	public record Resolution(URI uri, String refusalKey, Object[] refusalArguments, boolean exists) {

		Resolution(URI uri, String refusalKey, boolean exists) {
			this(uri, refusalKey, new Object[0], exists);
		}

		static Resolution refused(String key, Object... arguments) {
			return new Resolution(null, key, arguments, false);
		}

		public boolean isRefused() {
			return refusalKey != null;
		}

		/** Why the import is refused, in English (for logs and exceptions), or null. */
		public String refusal() {
			return refusalKey == null ? null
					: se.dpia.rules.RulesMessages.format(java.util.Locale.ENGLISH, refusalKey, refusalArguments);
		}
	}

	public static Resolution resolve(Import anImport) {
		Resource resource = anImport.eResource();
		return resolve(resource == null ? null : resource.getURI(), anImport.isLibrary(), anImport.getPath());
	}

	/** Resolves {@code path} as written in a rule file at {@code importer}. */
	public static Resolution resolve(URI importer, boolean library, String path) {
		if (path == null || path.isBlank()) {
			return Resolution.refused("import.noFile");
		}
		if (SCHEME.matcher(path).matches() || path.startsWith("/") || path.startsWith("\\") || path.contains("\\")) {
			return Resolution.refused("import.notRelative", path);
		}
		if (library) {
			if (!LIBRARY_PATH.matcher(path).matches()) {
				return Resolution.refused("import.notLibraryFile", path);
			}
			return new Resolution(RulesLibrary.uriOf(path), null, RulesLibrary.exists(path));
		}
		if (importer == null || !importer.isFile()) {
			return Resolution.refused("import.notInFolder");
		}
		Path from = Path.of(importer.toFileString()).toAbsolutePath().normalize().getParent();
		Path target = from.resolve(path).normalize();
		Path root = assessmentFolderOf(from);
		if (!target.startsWith(root)) {
			return Resolution.refused("import.outside", path, root);
		}
		if (!target.getFileName().toString().endsWith(".regler")) {
			return Resolution.refused("import.notRuleFile", path);
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
