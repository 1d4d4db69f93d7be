package se.dpia.cli;

import java.io.PrintStream;

import se.dpia.compliance.Messages;
import se.dpia.compliance.diff.ElementChange;
import se.dpia.compliance.diff.FeatureChange;
import se.dpia.compliance.diff.FileChange;
import se.dpia.compliance.diff.FolderDiff;

/**
 * {@code ./dpia diff [DIR] --since REV|approved}: prints what changed, element by element in the DPO's words
 * (kind, id, name; each changed attribute old → new), then the rule files.
 */
final class DiffCommand {

	private DiffCommand() {
	}

	static void print(String heading, FolderDiff diff, Messages messages, PrintStream out) {
		out.println(heading);
		if (diff.isEmpty()) {
			out.println(messages.text("diff.none"));
			return;
		}
		for (ElementChange change : diff.elements()) {
			String kind = messages.text("diff." + change.kind().name());
			String type = messages.textOr("kind." + change.type(), change.type());
			out.println(change.name() == null || change.name().isBlank()
					? messages.text("diff.elementWithoutName", kind, type, change.id())
					: messages.text("diff.element", kind, type, change.id(), change.name()));
			for (FeatureChange feature : change.changes()) {
				out.println("   " + messages.text("diff.feature", messages.textOr("feature." + feature.feature(), feature.feature()),
						value(feature.feature(), feature.before(), messages), value(feature.feature(), feature.after(), messages)));
			}
		}
		if (!diff.files().isEmpty()) {
			out.println(messages.text("diff.rules"));
			for (FileChange file : diff.files()) {
				out.println(messages.text("diff.file", messages.text("diff." + file.kind().name()), file.path(),
						file.linesAdded(), file.linesRemoved()));
				file.lines().forEach(line -> out.println("   " + line));
			}
		}
	}

	/** A value in words: empty, yes/no, an enum's label where the bundle has one (e.g. a feared event). */
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
