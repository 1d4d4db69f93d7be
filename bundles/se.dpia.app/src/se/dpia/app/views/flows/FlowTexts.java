package se.dpia.app.views.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import se.dpia.app.Messages;
import se.dpia.app.views.DomainTexts;
import se.dpia.model.DataCategory;
import se.dpia.model.DataFlow;
import se.dpia.model.Identified;
import se.dpia.model.Location;
import se.dpia.model.SystemAsset;
import se.dpia.model.facts.Facts;

/** The words the data-flow diagram shows for a system, a location and a flow. */
final class FlowTexts {

	private FlowTexts() {
	}

	static String name(Identified element) {
		String name = element.getName();
		return name == null || name.isBlank() ? String.valueOf(element.getId()) : name;
	}

	/** Under a system's name: its kind, and whether it stores personal data. */
	static String subtitle(SystemAsset system) {
		List<String> parts = new ArrayList<>();
		if (system.getKind() != null) {
			parts.add(DomainTexts.literal(system.getKind()));
		}
		if (Facts.yes(system.getStoresData())) {
			parts.add(Messages.flowsStoresData);
		}
		return String.join(" \u00b7 ", parts);
	}

	/** Under a location's name: its kind and country, and a warning when it lies outside the EU/EEA. */
	static String subtitle(Location location) {
		List<String> parts = new ArrayList<>();
		if (location.getKind() != null) {
			parts.add(DomainTexts.literal(location.getKind()));
		}
		if (location.getCountry() != null && !location.getCountry().isBlank()) {
			parts.add(location.getCountry());
		}
		if (Facts.no(location.getInEuEea())) {
			parts.add(Messages.flowsOutsideEuEea);
		} else if (Facts.notStated(location.getInEuEea())) {
			parts.add(Messages.flowsEuEeaNotStated);
		}
		return String.join(" \u00b7 ", parts);
	}

	/** What a flow carries: its data categories; the flow's name when it names none. */
	static String label(DataFlow flow) {
		if (flow.getDataCategories().isEmpty()) {
			return name(flow);
		}
		return flow.getDataCategories().stream().map(FlowTexts::name).collect(Collectors.joining(", "));
	}

	/** The flow in a sentence, for the tooltip: name, from and to, when and whether it is stored. */
	static String describe(DataFlow flow) {
		String from = flow.getSource() == null ? "?" : name(flow.getSource());
		String to = flow.getTarget() == null ? "?" : name(flow.getTarget());
		StringBuilder text = new StringBuilder(NLS.bind(Messages.flowsTooltip, new Object[] { name(flow), from, to }));
		if (flow.getWhen() != null) {
			text.append('\n').append(NLS.bind(Messages.flowsWhen, DomainTexts.literal(flow.getWhen())));
		}
		if (flow.getStorage() != null) {
			text.append('\n').append(NLS.bind(Messages.flowsStorage, DomainTexts.literal(flow.getStorage())));
		}
		for (DataCategory category : flow.getDataCategories()) {
			text.append("\n\u2022 ").append(name(category));
		}
		return text.toString();
	}
}
