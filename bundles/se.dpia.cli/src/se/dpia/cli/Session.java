package se.dpia.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import se.dpia.assessment.ModelFolder;
import se.dpia.compliance.Messages;
import se.dpia.documents.Language;
import se.dpia.model.io.ModelLoadException;

/**
 * What a command runs with: where it prints, the bundled defaults, and the small steps several commands share
 * (the assessment folder argument, {@code --lang}, loading the model with a clear message when it can't be read).
 */
final class Session {

	private final PrintStream out;
	private final PrintStream err;
	private final Defaults defaults;

	Session(PrintStream out, PrintStream err, Defaults defaults) {
		this.out = out;
		this.err = err;
		this.defaults = defaults;
	}

	PrintStream out() {
		return out;
	}

	PrintStream err() {
		return err;
	}

	Defaults defaults() {
		return defaults;
	}

	/** The assessment folder given, or the bundled example; refused unless it is a folder. */
	Path folder(Arguments arguments) throws UsageException {
		Path folder = arguments.folder(defaults.example());
		if (!Files.isDirectory(folder)) {
			throw new UsageException("'" + folder + "' is not a folder; give the folder that holds the assessment (*.dpia and *.regler files)");
		}
		return folder;
	}

	/** The {@code --lang} option, Swedish by default. */
	static Language language(Arguments arguments) throws UsageException {
		Language language = Language.of(arguments.option("lang", "sv"));
		if (language == null) {
			throw new UsageException("--lang must be sv or en, not '" + arguments.option("lang", "") + "'");
		}
		return language;
	}

	/** The texts of the compliance engine in the {@code --lang} language. */
	static Messages messages(Arguments arguments) throws UsageException {
		return Messages.of(language(arguments).code());
	}

	/** The locale of model messages: {@code --lang}, else the JVM's language (as before {@code --lang} existed). */
	static Locale locale(Arguments arguments) throws UsageException {
		return arguments.option("lang", null) == null ? Locale.getDefault() : Locale.of(language(arguments).code());
	}

	/** The folder's model, or null after saying why it can't be read. */
	ModelFolder model(Arguments arguments) throws Exception {
		Path folder = folder(arguments);
		try {
			return ModelFolder.load(folder);
		} catch (ModelLoadException e) {
			String where = e.line() > 0 ? ":" + e.line() + ":" + Math.max(e.column(), 1) : "";
			err.println("dpia: " + e.file() + where + ": " + e.getMessage());
			err.println("dpia: fix the model file (./dpia check " + folder + " lists every problem), then run the command again");
			return null;
		}
	}

	/** Paths under the current folder are shown relative to it, as a user typed them. */
	static Path shown(Path file) {
		Path here = Path.of("").toAbsolutePath();
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
	}
}
