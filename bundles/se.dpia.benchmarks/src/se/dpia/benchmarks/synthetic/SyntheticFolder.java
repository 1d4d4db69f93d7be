package se.dpia.benchmarks.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import se.dpia.model.io.AssessmentFiles;

/**
 * Writes a synthetic assessment folder as the workbench would save it: {@code assessment.dpia}, a consent rule in
 * {@code samtycke.regler} and the routines in {@code rutiner/rutiner-NN.regler}, {@value #ROUTINES_PER_FILE} to a
 * file. The same seed and size write the same bytes.
 */
public final class SyntheticFolder {

	/** Routines per rule file, about the size of a municipality's routine file. */
	static final int ROUTINES_PER_FILE = 25;

	private SyntheticFolder() {
	}

	/** Writes the assessment of {@code seed} and {@code size} into {@code folder}, which is created if missing. */
	public static Path write(Path folder, long seed, Size size) throws IOException {
		Files.createDirectories(folder.resolve("rutiner"));
		Path model = folder.resolve("assessment." + AssessmentFiles.EXTENSION);
		Resource resource = AssessmentFiles.prepare(new ResourceSetImpl())
				.createResource(URI.createFileURI(model.toAbsolutePath().toString()));
		resource.getContents().add(SyntheticAssessment.build(seed, size));
		AssessmentFiles.save(resource, model);
		Files.writeString(folder.resolve("samtycke.regler"), SyntheticRules.consentRule(), StandardCharsets.UTF_8);
		Random random = new Random(seed);
		for (int first = 0; first < size.routines(); first += ROUTINES_PER_FILE) {
			StringBuilder text = new StringBuilder();
			for (int index = first; index < Math.min(size.routines(), first + ROUTINES_PER_FILE); index++) {
				text.append(SyntheticRules.routine(index + 1, measure(index, size), random)).append('\n');
			}
			String name = String.format("rutiner-%02d.regler", first / ROUTINES_PER_FILE + 1);
			Files.writeString(folder.resolve("rutiner").resolve(name), text, StandardCharsets.UTF_8);
		}
		return folder;
	}

	/**
	 * Writes a rule file of exactly {@code lines} lines into an assessment folder, its routines numbered after the
	 * folder's own (so names stay unique) and carrying out the folder's first measure.
	 */
	public static Path writeRuleFile(Path folder, String name, int lines, long seed, Size size) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, SyntheticRules.file(lines, size.routines() + 1, "A1", seed), StandardCharsets.UTF_8);
		return file;
	}

	/**
	 * Writes {@code files} rule files of {@code lines} lines each ({@code regler-01.regler}, …) into an assessment
	 * folder, their routines numbered after the folder's own. Each file but the first ends with a checklist whose
	 * points are satisfied by steps of the {@value #CHECKED_ROUTINES} routines in the middle of the file before it
	 * (see {@link #middleRoutine}), so each file is referred to by the next.
	 */
	public static List<Path> writeRuleFiles(Path folder, int files, int lines, long seed, Size size) throws IOException {
		List<Path> written = new ArrayList<>();
		int routinesPerFile = routinesPerFile(lines);
		for (int index = 0; index < files; index++) {
			int first = firstRoutine(size, lines, index);
			String tail = index == 0 ? "// fyllnad\n".repeat(CHECKED_ROUTINES + 2)
					: SyntheticRules.checklist("Uppföljning_" + (index + 1), middleRoutine(size, lines, index - 1)
							- CHECKED_ROUTINES / 2, CHECKED_ROUTINES);
			Path file = folder.resolve(String.format("regler-%02d.regler", index + 1));
			Files.writeString(file, SyntheticRules.file(lines, first, "A1", seed + index, tail), StandardCharsets.UTF_8);
			written.add(file);
			if (routinesPerFile <= CHECKED_ROUTINES) {
				throw new IllegalArgumentException(lines + " lines hold too few routines for the checklists");
			}
		}
		return written;
	}

	/** Routines a checklist of {@link #writeRuleFiles} refers to. */
	static final int CHECKED_ROUTINES = 10;

	/**
	 * The number of the routine in the middle of file {@code index} (0-based) of {@link #writeRuleFiles}; its
	 * {@code Hembesök} step is referred to by the next file's checklist.
	 */
	public static int middleRoutine(Size size, int lines, int index) {
		return firstRoutine(size, lines, index) + routinesPerFile(lines) / 2;
	}

	/** The 1-based line of {@code steg Hembesök} in the routine {@link #middleRoutine} of its file. */
	public static int middleVisitLine(int lines) {
		return routinesPerFile(lines) / 2 * (SyntheticRules.ROUTINE_LINES + 1) + 10;
	}

	private static int firstRoutine(Size size, int lines, int index) {
		return size.routines() + 1 + index * routinesPerFile(lines);
	}

	private static int routinesPerFile(int lines) {
		// room for the checklist: a line per point and two more
		return (lines - CHECKED_ROUTINES - 2) / (SyntheticRules.ROUTINE_LINES + 1);
	}

	private static String measure(int routine, Size size) {
		return "A" + (routine % size.mitigations() + 1);
	}
}
