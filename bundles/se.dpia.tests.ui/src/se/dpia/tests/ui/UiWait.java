package se.dpia.tests.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Waits for the workbench on the UI thread by running its event loop, never by sleeping blindly. */
public final class UiWait {

	private static final long LIMIT_NANOS = 30_000_000_000L;

	private UiWait() {
	}

	/** Runs the event loop until the condition holds; fails after 30 s so a broken view can't hang the build. */
	public static void until(String what, BooleanSupplier condition) {
		until(what, condition, () -> "");
	}

	/** As {@link #until(String, BooleanSupplier)}; a failure also reports the state the workbench is in. */
	public static void until(String what, BooleanSupplier condition, Supplier<String> state) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + LIMIT_NANOS;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the workbench did not reach the expected state within 30 s: " + what + " " + state.get());
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { });
				display.sleep();
			}
		}
	}

	/** Runs every event already queued (paints, async runnables), then returns. */
	public static void drain() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// handle what is pending
		}
	}
}
