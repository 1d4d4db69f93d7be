package se.dpia.documents;

import static se.dpia.documents.Values.row;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.dpia.model.DataFlow;
import se.dpia.model.Location;
import se.dpia.model.SystemAsset;

/**
 * The values of the data-flow diagram ({@code <object type="dpia/flows">}): the locations as columns, the systems
 * that send or receive a flow, and the flows numbered as in the flow list. The diagram is drawn by
 * {@link se.dpia.documents.pdf.FlowDiagram}; its alternative text lists every flow in words.
 */
final class FlowDiagramValues {

	private static final int BOX_STEP = 50;
	private static final int HEADER = 30;

	private FlowDiagramValues() {
	}

	static Map<String, Object> of(List<DataFlow> flows, Values values) throws TemplateException {
		Map<Location, Integer> columns = new LinkedHashMap<>();
		Map<SystemAsset, Integer> systems = new LinkedHashMap<>();
		for (DataFlow flow : flows) {
			for (SystemAsset system : new SystemAsset[] { flow.getSource(), flow.getTarget() }) {
				if (system != null && !systems.containsKey(system)) {
					columns.putIfAbsent(system.getLocation(), columns.size());
					systems.put(system, systems.size());
				}
			}
		}
		List<Map<String, Object>> columnRows = new ArrayList<>();
		for (Location location : columns.keySet()) {
			columnRows.add(row("name", location == null ? values.textOf("diagram.noLocation") : values.name(location)));
		}
		int[] perColumn = new int[columns.size()];
		List<Map<String, Object>> systemRows = new ArrayList<>();
		for (SystemAsset system : systems.keySet()) {
			int column = columns.get(system.getLocation());
			perColumn[column]++;
			systemRows.add(row("value", column + "|" + values.name(system)));
		}
		List<Map<String, Object>> flowRows = new ArrayList<>();
		List<String> alt = new ArrayList<>();
		int number = 0;
		for (DataFlow flow : flows) {
			number++;
			if (flow.getSource() != null && flow.getTarget() != null) {
				flowRows.add(row("value", systems.get(flow.getSource()) + "|" + systems.get(flow.getTarget()) + "|" + number));
				alt.add(number + " " + values.name(flow.getSource()) + " → " + values.name(flow.getTarget()));
			}
		}
		int tallest = 0;
		for (int count : perColumn) {
			tallest = Math.max(tallest, count);
		}
		return row("present", !flowRows.isEmpty(), "columns", columnRows, "systems", systemRows, "flows", flowRows,
				"height", HEADER + tallest * BOX_STEP, "alt", values.textOf("diagram.alt") + ": " + String.join("; ", alt));
	}
}
