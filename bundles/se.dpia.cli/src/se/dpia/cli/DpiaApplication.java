package se.dpia.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless Eclipse application behind {@code ./dpia}; its exit code is the command's. */
public class DpiaApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		// the messages name the program the user ran (dpia.sh, dpia.cmd), ./dpia in a checkout
		PrintStream out = Program.naming(new PrintStream(System.out, true, StandardCharsets.UTF_8), Program.name());
		PrintStream err = Program.naming(new PrintStream(System.err, true, StandardCharsets.UTF_8), Program.name());
		int code = new Cli(out, err, Defaults.fromSystemProperties()).run(args);
		out.flush();
		err.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// commands finish on their own; nothing to interrupt
	}
}
