package se.dpia.assessment.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.merge.ModelFileMerge;
import se.dpia.model.Assessment;
import se.dpia.model.validation.Problem;

/**
 * A git merge through {@code ./dpia merge-driver} that met conflicts wrote them beside the model
 * ({@code <model>.merge-conflicts.txt}) and kept ours at each: until the user has resolved them and deleted the list,
 * each listed conflict is an error {@code unresolved-merge-conflict} at its element, so neither {@code check} nor the
 * workbench lets the merged model pass as finished.
 */
public final class MergeConflictChecks {

	private MergeConflictChecks() {
	}

	public static void addTo(AssessmentFolder folder, Assessment assessment, List<Problem> problems, Locale locale) {
		Path file = folder.fileOf(assessment.eResource());
		if (file == null || file.getFileName() == null) {
			return;
		}
		Path list = file.resolveSibling(file.getFileName() + ModelFileMerge.CONFLICTS_SUFFIX);
		if (!Files.isRegularFile(list)) {
			return;
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(list, StandardCharsets.UTF_8);
		} catch (IOException e) {
			lines = List.of(String.valueOf(e.getMessage()));
		}
		for (String line : lines) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			// "<file>: <element path>: <what>": the element path places the problem
			int first = line.indexOf(": ");
			String conflict = first < 0 ? line : line.substring(first + 2);
			int second = conflict.indexOf(": ");
			EObject element = second < 0 ? null : element(assessment, conflict.substring(0, second));
			String message = CheckMessages.format(locale, IssueCodes.UNRESOLVED_MERGE_CONFLICT, conflict, list.getFileName());
			problems.add(ModelProblems.at(file, element, assessment, Problem.Severity.ERROR, message,
					IssueCodes.UNRESOLVED_MERGE_CONFLICT));
		}
	}

	/** The element at a path such as {@code /risks[R1]/transfers[0]}, or null. */
	private static EObject element(Assessment assessment, String path) {
		if (!path.startsWith("/")) {
			return null;
		}
		EObject current = assessment;
		for (String step : path.substring(1).split("/")) {
			if (step.isEmpty()) {
				continue;
			}
			int open = step.indexOf('[');
			if (open < 0 || !step.endsWith("]")) {
				return null;
			}
			EStructuralFeature feature = current.eClass().getEStructuralFeature(step.substring(0, open));
			if (feature == null) {
				return null;
			}
			String key = step.substring(open + 1, step.length() - 1);
			Object value = current.eGet(feature);
			EObject next = null;
			if (value instanceof List<?> children) {
				for (Object child : children) {
					if (child instanceof EObject object && key.equals(EcoreUtil.getID(object))) {
						next = object;
					}
				}
				if (next == null && key.matches("\\d{1,9}") && Integer.parseInt(key) < children.size()
						&& children.get(Integer.parseInt(key)) instanceof EObject object) {
					next = object;
				}
			} else if (value instanceof EObject object) {
				next = object;
			}
			if (next == null) {
				return null;
			}
			current = next;
		}
		return current;
	}
}
