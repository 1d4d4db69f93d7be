package se.dpia.assessment.diff;

import java.util.ArrayList;
import java.util.List;

import se.dpia.compliance.Messages;

/**
 * What changed, in the DPO's words: one line per element (kind, type, id, name), one per changed attribute
 * (old → new, with the model's words for values where the texts have them), one per rule file. The command line's
 * {@code diff} and the workbench's "Ändringar sedan godkännandet" both show these lines.
 */
public final class DiffTexts {

	private DiffTexts() {
	}

	/** The element's line: kind of change, type, id and name. */
	public static String element(ElementChange change, Messages messages) {
		String kind = messages.text("diff." + change.kind().name());
		String type = messages.textOr("kind." + change.type(), change.type());
		return change.name() == null || change.name().isBlank()
				? messages.text("diff.elementWithoutName", kind, type, change.id())
				: messages.text("diff.element", kind, type, change.id(), change.name());
	}

	/** Each changed attribute of the element, old → new. */
	public static List<String> features(ElementChange change, Messages messages) {
		List<String> lines = new ArrayList<>();
		for (FeatureChange feature : change.changes()) {
			lines.add(messages.text("diff.feature", messages.textOr("feature." + feature.feature(), feature.feature()),
					value(feature.feature(), feature.before(), messages), value(feature.feature(), feature.after(), messages)));
		}
		return lines;
	}

	/** The rule file's line: added, removed or changed, with the lines added and removed. */
	public static String file(FileChange file, Messages messages) {
		return messages.text("diff.file", messages.text("diff." + file.kind().name()), file.path(), file.linesAdded(),
				file.linesRemoved());
	}

	/** A value in words: empty, yes/no, an enum's label where the texts have one (e.g. a feared event). */
	private static String value(String feature, String value, Messages messages) {
		if (value.isEmpty()) {
			return messages.text("diff.empty");
		}
		if (value.equals("true") || value.equals("false")) {
			return messages.text("diff." + value);
		}
		return messages.textOr(feature + "." + value, value);
	}
}
