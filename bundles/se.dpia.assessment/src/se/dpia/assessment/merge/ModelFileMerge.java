package se.dpia.assessment.merge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

import se.dpia.model.Assessment;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.io.AtomicWrite;
import se.dpia.model.io.ModelLoadException;

/**
 * The merge of one model file as git's merge driver does it: the ancestor's, ours and theirs versions are files
 * (git's temporary files, without the {@code .dpia} extension); the result replaces ours, written atomically. With
 * conflicts the result still loads: it keeps ours at each conflict, and the conflicts are written beside the model
 * as {@code <model>.merge-conflicts.txt} (not content of the folder), for the user to resolve.
 */
public final class ModelFileMerge {

	/** The suffix of the conflict report written beside the model file. */
	public static final String CONFLICTS_SUFFIX = ".merge-conflicts.txt";

	private ModelFileMerge() {
	}

	/** What the merge of a file came to: the merge's result, its report lines, and the conflict file (or null). */
	public record Outcome(MergeResult result, List<String> report, Path conflictFile) {
	}

	/**
	 * Merges theirs into ours.
	 *
	 * @param ancestor the common ancestor's version; an empty file when the model was added on both sides
	 * @param name the model file's path in the repository, for the report and the conflict file (null: ours' path)
	 * @throws ModelLoadException when one of the versions does not load; ours is then left as it is
	 */
	public static Outcome merge(Path ancestor, Path ours, Path theirs, String name, Locale locale)
			throws IOException, ModelLoadException {
		byte[] base = Files.readAllBytes(ancestor);
		byte[] mine = Files.readAllBytes(ours);
		byte[] other = Files.readAllBytes(theirs);
		String shown = name == null ? ours.toString() : name;
		Path work = Files.createTempDirectory("dpia-merge");
		try {
			ResourceSet resources = AssessmentFiles.prepare(new ResourceSetImpl());
			Assessment baseModel = base.length == 0 ? null : load(resources, work, "ancestor", base, ancestor);
			Assessment ourModel = load(resources, work, "ours", mine, ours);
			Assessment theirModel = load(resources, work, "theirs", other, theirs);
			MergeResult result = ModelMerge.merge(baseModel, ourModel, theirModel);
			byte[] merged = Arrays.equals(base, other) ? mine : Arrays.equals(base, mine) ? other : saved(ourModel);
			if (!Arrays.equals(merged, mine)) {
				AtomicWrite.write(ours, out -> out.write(merged));
			}
			List<String> report = MergeReport.lines(result, shown, locale);
			Path conflictFile = null;
			if (result.hasConflicts()) {
				conflictFile = Path.of(name == null ? ours.toString() : name).resolveSibling(
						Path.of(shown).getFileName() + CONFLICTS_SUFFIX);
				String text = MergeReport.conflictFile(result, shown, locale, report);
				AtomicWrite.write(conflictFile, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
			}
			return new Outcome(result, report, conflictFile);
		} finally {
			try (Stream<Path> files = Files.walk(work)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	/** Loads one version from a copy named {@code <side>.dpia}; a failure names the original file (git's %O, %A or %B). */
	private static Assessment load(ResourceSet resources, Path work, String side, byte[] bytes, Path original)
			throws IOException, ModelLoadException {
		Path copy = work.resolve(side + "." + AssessmentFiles.EXTENSION);
		Files.write(copy, bytes);
		try {
			return AssessmentFiles.load(resources, copy);
		} catch (ModelLoadException e) {
			throw e.at(original);
		}
	}

	/** The model as {@link AssessmentFiles#save} writes it. */
	private static byte[] saved(Assessment assessment) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assessment.eResource().save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100,
				XMLResource.OPTION_LINE_DELIMITER, "\n"));
		return out.toByteArray();
	}
}
