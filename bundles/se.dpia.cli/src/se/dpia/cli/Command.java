package se.dpia.cli;

import java.util.Set;

/**
 * One command of the command line: its name, the options it takes (each {@code --name value}; {@code --debug} and
 * {@code --help} are taken by every command), its help text, and what it does. {@link Cli} lists the commands in one
 * place and builds {@code ./dpia --help} and {@code ./dpia COMMAND --help} from their texts.
 */
interface Command {

	String name();

	/** The options this command takes, without their dashes. */
	Set<String> options();

	/** The options this command takes without a value ({@code --name}), without their dashes. */
	default Set<String> flags() {
		return Set.of();
	}

	/** How many arguments that are not options the command takes at most (one assessment folder by default). */
	default int positionals() {
		return 1;
	}

	/** The help text: the synopsis lines, then the description indented under them. */
	String usage();

	/** Runs the command and returns its exit code ({@link Cli#OK}, {@link Cli#FAILED}, {@link Cli#USAGE}). */
	int run(Arguments arguments, Session session) throws Exception;
}
