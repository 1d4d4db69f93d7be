package se.dpia.benchmarks.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

	private static String measure(int routine, Size size) {
		return "A" + (routine % size.mitigations() + 1);
	}
}
