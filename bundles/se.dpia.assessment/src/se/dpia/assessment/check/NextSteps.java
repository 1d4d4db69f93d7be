package se.dpia.assessment.check;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How the user takes the next step a check message asks for, in the words of the program showing the message: a
 * command on the command line ({@link #COMMAND_LINE}, naming the folder as the user gave it), a menu item in the
 * workbench. The checks are the same everywhere; only this advice differs.
 */
public interface NextSteps {

	/** The commands of {@code ./dpia}, the folder as given on the command line. */
	NextSteps COMMAND_LINE = new NextSteps() {

		@Override
		public String seeChangesSinceApproval(Path folder, Locale locale) {
			return CheckMessages.format(locale, "next.command.changes", folder);
		}

		@Override
		public String approveAgain(Path folder, Locale locale) {
			return CheckMessages.format(locale, "next.command.approve", folder);
		}
	};

	/** Where the changes since the DPO's approval are shown. */
	String seeChangesSinceApproval(Path folder, Locale locale);

	/** How the DPO approves the folder again. */
	String approveAgain(Path folder, Locale locale);
}
