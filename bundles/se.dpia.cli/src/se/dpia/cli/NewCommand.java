package se.dpia.cli;

import java.nio.file.Path;
import java.util.Set;

import se.dpia.assessment.NewAssessmentFolder;

/**
 * {@code ./dpia new DIR [--example | --empty]}: writes a new assessment folder headless, as the workbench's wizard
 * does: a copy of the bundled example, or (the default) an empty assessment with SKR's checklists; with a
 * {@code .gitignore} for {@code out/} and {@code .project}. A folder that holds anything is refused.
 */
final class NewCommand implements Command {

	@Override
	public String name() {
		return "new";
	}

	@Override
	public Set<String> options() {
		return Set.of("organisation", "name");
	}

	@Override
	public Set<String> flags() {
		return Set.of("example", "empty");
	}

	@Override
	public String usage() {
		return """
				new DIR [--example | --empty] [--organisation "..."] [--name "..."]
				                 write a new assessment folder DIR: a copy of the bundled example (--example), or
				                 an empty assessment (--empty, the default) of the organisation, named, with SKR's
				                 checklists to answer; both with a .gitignore for out/ and .project; a folder
				                 that holds anything is refused (exit 1)
				""";
	}

	@Override
	public int run(Arguments arguments, Session session) throws Exception {
		boolean example = arguments.option("example", null) != null;
		if (example && arguments.option("empty", null) != null) {
			throw new UsageException("give either --example or --empty, not both");
		}
		Path folder = arguments.folder(null);
		if (folder == null) {
			throw new UsageException("new needs the folder to write: ./dpia new DIR [--example | --empty]");
		}
		try {
			if (example) {
				NewAssessmentFolder.fromExample(session.defaults().example(), folder);
			} else {
				NewAssessmentFolder.empty(folder, arguments.option("organisation", null), arguments.option("name", null));
			}
		} catch (NewAssessmentFolder.RefusedException e) {
			session.err().println("dpia: " + e.getMessage());
			return Cli.FAILED;
		}
		session.out().println(folder);
		return Cli.OK;
	}
}
