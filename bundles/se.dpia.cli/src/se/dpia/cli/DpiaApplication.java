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
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		return Integer.valueOf(new Cli(out, err, Defaults.fromSystemProperties()).run(args));
	}

	@Override
	public void stop() {
		// commands finish on their own; nothing to interrupt
	}
}
