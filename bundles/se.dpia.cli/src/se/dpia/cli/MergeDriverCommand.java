package se.dpia.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.dpia.assessment.merge.MergeReport;
import se.dpia.assessment.merge.ModelFileMerge;
import se.dpia.model.io.ModelLoadException;

/**
 * {@code ./dpia merge-driver %O %A %B [%P]}: git's merge driver for model files ({@code *.dpia merge=dpia} in
 * {@code .gitattributes}, {@code git config merge.dpia.driver "./dpia merge-driver %O %A %B %P"}). Merges by element
 * id and attribute; writes the result over %A; exit 0 merged, 1 conflicts (the result keeps ours at each and loads; the
 * list is on stderr and in {@code <model>.merge-conflicts.txt}) or a version that does not load (%A left as it was).
 */
final class MergeDriverCommand implements Command {

	@Override
	public String name() {
		return "merge-driver";
	}

	@Override
	public Set<String> options() {
		return Set.of("lang");
	}

	@Override
	public int positionals() {
		return 4;
	}

	@Override
	public String usage() {
		return """
				merge-driver ANCESTOR OURS THEIRS [PATH] [--lang sv|en]
				                 git's merge driver for *.dpia: merges by element id and attribute and writes the
				                 result over OURS (exit 0); where both sides changed the same attribute it keeps ours,
				                 lists each conflict on stderr and in PATH.merge-conflicts.txt, and exits 1. Register it:
				                 .gitattributes '*.dpia merge=dpia' (./dpia new writes it) and
				                 git config merge.dpia.driver "./dpia merge-driver %O %A %B %P" (see docs/merge.md)
				""";
	}

	@Override
	public int run(Arguments arguments, Session session) throws Exception {
		List<String> files = arguments.positional();
		if (files.size() < 3) {
			throw new UsageException("merge-driver needs the ancestor's, our and their version of the model file, as git"
					+ " gives them: ./dpia merge-driver %O %A %B %P");
		}
		for (String file : files.subList(0, 3)) {
			if (!Files.isRegularFile(Path.of(file))) {
				throw new UsageException("'" + file + "' is not a file; give the three versions git passes: ./dpia merge-driver %O %A %B %P");
			}
		}
		Locale locale = Session.locale(arguments);
		String name = files.size() > 3 ? files.get(3) : null;
		ModelFileMerge.Outcome outcome;
		try {
			outcome = ModelFileMerge.merge(Path.of(files.get(0)), Path.of(files.get(1)), Path.of(files.get(2)), name, locale);
		} catch (ModelLoadException e) {
			String where = e.line() > 0 ? ":" + e.line() + ":" + Math.max(e.column(), 1) : "";
			session.err().println("dpia: " + e.file() + where + ": " + e.getMessage());
			session.err().println("dpia: " + (name == null ? files.get(1) : name) + " was not merged: git leaves it as a"
					+ " conflict with our version in place; fix the file, or take one side (git checkout --ours/--theirs)");
			return Cli.FAILED;
		}
		for (String line : outcome.report()) {
			session.err().println(line);
		}
		String shown = name == null ? files.get(1) : name;
		session.err().println(MergeReport.summary(outcome.result(), shown,
				outcome.conflictFile() == null ? null : outcome.conflictFile().toString(), locale));
		return outcome.result().hasConflicts() ? Cli.FAILED : Cli.OK;
	}
}
