package se.dpia.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments: at most one folder and {@code --name value} options from a known set. */
final class Arguments {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, String> options = new HashMap<>();
	private boolean debug;

	/** Parses arguments, refusing options outside {@code known} (each of which takes a value). */
	static Arguments parse(String command, List<String> args, Set<String> known) throws UsageException {
		return parse(command, args, known, Set.of());
	}

	/** Parses arguments: options in {@code known} take a value, those in {@code flags} none (they read "true"). */
	static Arguments parse(String command, List<String> args, Set<String> known, Set<String> flags) throws UsageException {
		return parse(command, args, known, flags, 1);
	}

	/** Parses arguments as above, taking up to {@code positionals} arguments that are not options. */
	static Arguments parse(String command, List<String> args, Set<String> known, Set<String> flags, int positionals)
			throws UsageException {
		Arguments result = new Arguments();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--debug")) {
				result.debug = true;
			} else if (arg.startsWith("--") && flags.contains(arg.substring(2))) {
				result.options.put(arg.substring(2), "true");
			} else if (arg.startsWith("--")) {
				String name = arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : arg.substring(2);
				if (!known.contains(name)) {
					throw new UsageException("unknown option '" + arg + "' for '" + command + "'; see ./dpia --help");
				}
				String value;
				if (arg.contains("=")) {
					value = arg.substring(arg.indexOf('=') + 1);
				} else if (i + 1 < args.size()) {
					value = args.get(++i);
				} else {
					throw new UsageException("option '" + arg + "' needs a value; see ./dpia --help");
				}
				result.options.put(name, value);
			} else if (arg.startsWith("-") && arg.length() > 1) {
				throw new UsageException("unknown option '" + arg + "' for '" + command + "'; options start with --, see ./dpia --help");
			} else {
				result.positional.add(arg);
			}
		}
		if (positionals > 1 && result.positional.size() > positionals) {
			throw new UsageException("'" + command + "' takes at most " + positionals + " file arguments, not "
					+ result.positional.size() + " (options start with --, see ./dpia " + command + " --help)");
		}
		if (positionals <= 1 && result.positional.size() > 1) {
			throw new UsageException("'" + command + "' takes one assessment folder, not " + result.positional
					+ "; give just one (options start with --, see ./dpia --help)");
		}
		return result;
	}

	Path folder(Path fallback) {
		return positional.isEmpty() ? fallback : Path.of(positional.get(0));
	}

	/** The arguments that are not options, in order. */
	List<String> positional() {
		return List.copyOf(positional);
	}

	String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	boolean debug() {
		return debug;
	}
}
