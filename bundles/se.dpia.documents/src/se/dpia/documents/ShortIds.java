package se.dpia.documents;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import se.dpia.model.Assessment;
import se.dpia.model.Identified;
import se.dpia.model.Mitigation;
import se.dpia.model.Risk;
import se.dpia.model.RiskKind;

/**
 * Short display ids for risks and measures, so that a long snake_case id never becomes a heading or breaks mid-word
 * in a narrow heat-map cell. An element whose model id is already short (a letter or two and a number, e.g. R1, A4)
 * keeps it, so the documents, {@code ./dpia check} and the rule files name it alike. The others are numbered in the
 * model's order with the next number that no element of their kind uses: R1, R2 … for the risks to the data
 * subjects, P1, P2 … for project risks, A1, A2 … for measures (åtgärder). The letters come from the texts file
 * ({@code shortId.risk}, {@code shortId.projectRisk}, {@code shortId.measure}); both shipped languages use the same
 * ones, so an id means the same element in every document and language.
 */
final class ShortIds {

	/** A model id short enough to show as it is. */
	private static final Pattern SHORT = Pattern.compile("\\p{Lu}{1,2}\\d{1,3}");

	private final Map<Risk, String> risks = new HashMap<>();
	private final Map<Mitigation, String> measures = new HashMap<>();

	ShortIds(Assessment assessment, Texts texts) throws TemplateException {
		String risk = texts.text("shortId.risk");
		String projectRisk = texts.text("shortId.projectRisk");
		number(assessment.getRisks(), each -> each.getKind() == RiskKind.PROJEKT ? projectRisk : risk, risks);
		String measure = texts.text("shortId.measure");
		number(assessment.getMitigations(), each -> measure, measures);
	}

	private static <T extends Identified> void number(List<T> elements, Function<T, String> prefix, Map<T, String> shown) {
		Set<String> used = new HashSet<>();
		for (T element : elements) {
			if (isShort(element.getId())) {
				used.add(element.getId());
			}
		}
		Map<String, Integer> next = new HashMap<>();
		for (T element : elements) {
			if (isShort(element.getId())) {
				shown.put(element, element.getId());
				continue;
			}
			String letter = prefix.apply(element);
			int number = next.getOrDefault(letter, 1);
			while (used.contains(letter + number)) {
				number++;
			}
			used.add(letter + number);
			next.put(letter, number + 1);
			shown.put(element, letter + number);
		}
	}

	private static boolean isShort(String id) {
		return id != null && SHORT.matcher(id).matches();
	}

	/** The risk's short id; its model id if it is not one of the assessment's risks. */
	String of(Risk risk) {
		return risks.getOrDefault(risk, risk.getId());
	}

	/** The measure's short id; its model id if it is not one of the assessment's measures. */
	String of(Mitigation measure) {
		return measures.getOrDefault(measure, measure.getId());
	}
}
