package se.dpia.cli;

import java.util.Set;

/**
 * {@code ./dpia workbench}: the launch script starts the workbench application itself; reaching the command line
 * with it means the script was bypassed.
 */
final class WorkbenchCommand implements Command {

	@Override
	public String name() {
		return "workbench";
	}

	@Override
	public Set<String> options() {
		return Set.of();
	}

	@Override
	public String usage() {
		return """
				workbench [DIR]  start the workbench on DIR
				""";
	}

	@Override
	public int run(Arguments arguments, Session session) {
		session.err().println("dpia: the workbench is started by the ./dpia script: run ./dpia workbench [DIR]");
		return Cli.USAGE;
	}
}
