package se.dpia.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import se.dpia.documents.TemplateException;

/**
 * The command-line contract: the {@linkplain #commands() commands}, {@code --help} (also after a command),
 * {@code --version}. Exit codes: 0 success, 1 errors found or the work failed, 2 the command line was wrong. A new
 * command is one {@link Command} class and one line in {@link #commands()}.
 */
public final class Cli {

	static final int OK = 0;
	static final int FAILED = 1;
	static final int USAGE = 2;

	private static final String FOOTER = """
			  --help           show this help (COMMAND --help: that command's)
			  --version        show the version and build date

			  --templates reads document templates from TEMPLATES (default: DPIA_TEMPLATES, else the built-in ones)
			  --lang sv|en: the language of what is written (default sv; check: the JVM's language); for threats
			                   also of a new risk

			Every command takes --debug to show stack traces of unexpected failures. Model files above 10 MB and
			rule files above 1 MB are refused; DPIA_JAVA_OPTS passes options to Java (e.g. -Xmx4g).

			Exit codes: 0 success, 1 errors found or the work failed, 2 wrong usage.
			""";

	private final Session session;
	private final List<Command> commands = commands();

	public Cli(PrintStream out, PrintStream err, Defaults defaults) {
		// every line printed is one line of text, whatever names and messages it quotes (Terminal)
		this.session = new Session(Terminal.escaping(out), Terminal.escaping(err), defaults);
	}

	/** Every command, in the order the help lists them. */
	static List<Command> commands() {
		return List.of(new GenerateCommand(), new CheckCommand(), new ScreenCommand(), new ThreatsCommand(),
				new ConsentCommand(), new ApproveCommand(), new DiffCommand(), new ExportCommand(), new NewCommand(),
				new ImportCnilCommand(), new MergeDriverCommand(), new WorkbenchCommand());
	}

	public int run(String... args) {
		PrintStream err = session.err();
		if (args.length == 0) {
			err.println("dpia: no command given; try ./dpia generate, or see ./dpia --help");
			return USAGE;
		}
		String name = args[0];
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		boolean debug = rest.contains("--debug");
		try {
			if (List.of("--help", "-h", "help").contains(name)) {
				session.out().print(help());
				return OK;
			}
			if (List.of("--version", "-V", "version").contains(name)) {
				session.out().println(ProductVersion.describe());
				return OK;
			}
			Command command = find(name).orElseThrow(() -> new UsageException("unknown command '" + name
					+ "'; the commands are " + names() + " (see ./dpia --help)"));
			if (rest.contains("--help") || rest.contains("-h")) {
				session.out().print("Usage: ./dpia " + command.usage());
				return OK;
			}
			return command.run(Arguments.parse(name, rest, command.options(), command.flags(), command.positionals()), session);
		} catch (UsageException e) {
			err.println("dpia: " + e.getMessage());
			return USAGE;
		} catch (TemplateException e) {
			err.println("dpia: template error: " + e.getMessage());
			return FAILED;
		} catch (Exception | Error e) {
			// the top of the command line: whatever failed, one or two lines saying what and what to do, not a trace
			FailureReport.print(name, e, debug, err);
			return FAILED;
		}
	}

	private Optional<Command> find(String name) {
		return commands.stream().filter(command -> command.name().equals(name)).findFirst();
	}

	/** The commands' names as a sentence: "generate, check, … and workbench". */
	private String names() {
		List<String> names = commands.stream().map(Command::name).toList();
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	/** The whole help: every command's usage, indented, then the options every command shares. */
	String help() {
		String usages = commands.stream().map(command -> command.usage().indent(2)).collect(Collectors.joining());
		return "Usage: ./dpia COMMAND [DIR] [OPTIONS]\n\nCommands:\n" + usages + FOOTER;
	}
}
