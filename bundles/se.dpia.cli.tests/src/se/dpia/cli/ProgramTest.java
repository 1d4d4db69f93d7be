package se.dpia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The messages name the program the user ran: the product's dpia.sh or dpia.cmd, the checkout's ./dpia. */
class ProgramTest {

	@Test
	void theCheckoutsMessagesStayAsTheyAre() {
		PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		assertSame(out, Program.naming(out, "./dpia"));
		assertEquals("run ./dpia check x", Program.named("run ./dpia check x", "./dpia"));
	}

	@Test
	void aLaunchScriptIsNamedInsteadOfTheCheckoutsScript() {
		assertEquals("dpia: no command given; try dpia.sh generate, or see dpia.sh --help",
				Program.named("dpia: no command given; try ./dpia generate, or see ./dpia --help", "dpia.sh"));
		assertEquals("(dpia.cmd check C:\\a) \"dpia.cmd approve\"",
				Program.named("(./dpia check C:\\a) \"./dpia approve\"", "dpia.cmd"));
	}

	@Test
	void theWorkbenchIsTheScriptBesideIt() {
		assertEquals("run dpia-workbench.sh [DIR]", Program.named("run ./dpia workbench [DIR]", "dpia.sh"));
		assertEquals("run dpia-workbench.cmd [DIR]", Program.named("run ./dpia workbench [DIR]", "dpia.cmd"));
		assertEquals("run dpia workbench [DIR]", Program.named("run ./dpia workbench [DIR]", "dpia"));
	}

	@Test
	void pathsAndOtherNamesAreLeftAlone() {
		String text = "examples/./dpia and ./dpia-old and ./dpia.sh and x./dpia";
		assertEquals(text, Program.named(text, "dpia.sh"));
	}

	@Test
	void eachLineWrittenToTheStreamNamesTheProgram() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = Program.naming(new PrintStream(bytes, true, StandardCharsets.UTF_8), "dpia.sh");
		out.println("Användning: ./dpia KOMMANDO");
		out.print("fix it, then ./dpia check åäö");
		out.flush();
		assertEquals("Användning: dpia.sh KOMMANDO" + System.lineSeparator() + "fix it, then dpia.sh check åäö",
				bytes.toString(StandardCharsets.UTF_8));
	}
}
