package se.dpia.compliance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.dpia.model.Assessment;
import se.dpia.model.DataFlow;
import se.dpia.model.Identified;
import se.dpia.model.SystemAsset;
import se.dpia.model.SystemKind;
import se.dpia.model.Technology;
import se.dpia.model.TechnologyKind;
import se.dpia.model.TechnologyStatus;

/** Questions the screening and threat rules ask of the model, answered the same way everywhere. */
public final class ModelQueries {

	private ModelQueries() {
	}

	/** The element's name, or its id when it has no name. */
	public static String nameOf(Identified element) {
		String name = element.getName();
		return name == null || name.isBlank() ? String.valueOf(element.getId()) : name;
	}

	/** A string attribute as text; an unset one is empty. */
	public static String text(String value) {
		return value == null ? "" : value;
	}

	/** Whether any of the texts contains any of the words, ignoring case; the first word found, or null. */
	public static String firstWordIn(List<String> words, String... texts) {
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			String lower = text.toLowerCase(Locale.ROOT);
			for (String word : words) {
				if (lower.contains(word)) {
					return word;
				}
			}
		}
		return null;
	}

	/**
	 * The technologies the assessment has chosen: status vald, or not stated (a technology not marked as an alternative
	 * or rejected is read as in use, so that nothing the assessment leaves open escapes the rules).
	 */
	public static List<Technology> chosenTechnologies(Assessment assessment) {
		return assessment.getTechnologies().stream()
				.filter(t -> t.getStatus() == TechnologyStatus.VALD || t.getStatus() == TechnologyStatus.EJ_ANGIVEN)
				.toList();
	}

	/**
	 * Whether a system is a camera: its kind is kamera and it belongs to no technology or to a trygghetskamera, or its
	 * kind is not stated and it belongs to a trygghetskamera. The router and platforms of a camera solution belong to
	 * the camera technology too, but have kinds of their own.
	 */
	public static boolean isCamera(SystemAsset system) {
		Technology technology = system.getTechnology();
		boolean cameraTechnology = technology != null && technology.getKind() == TechnologyKind.TRYGGHETSKAMERA;
		return system.getKind() == SystemKind.KAMERA && (technology == null || cameraTechnology)
				|| system.getKind() == SystemKind.EJ_ANGIVEN && cameraTechnology;
	}

	/** The flows that leave a system. */
	public static List<DataFlow> flowsFrom(Assessment assessment, SystemAsset system) {
		return assessment.getFlows().stream().filter(f -> f.getSource() == system).toList();
	}

	/** Every flow reachable from a system by following flows downstream, nearest first; each flow once. */
	public static List<DataFlow> downstreamFlows(Assessment assessment, SystemAsset start) {
		List<DataFlow> result = new ArrayList<>();
		Set<SystemAsset> seen = new LinkedHashSet<>();
		Deque<SystemAsset> queue = new ArrayDeque<>();
		queue.add(start);
		seen.add(start);
		while (!queue.isEmpty()) {
			SystemAsset system = queue.poll();
			for (DataFlow flow : flowsFrom(assessment, system)) {
				result.add(flow);
				if (flow.getTarget() != null && seen.add(flow.getTarget())) {
					queue.add(flow.getTarget());
				}
			}
		}
		return result;
	}
}
