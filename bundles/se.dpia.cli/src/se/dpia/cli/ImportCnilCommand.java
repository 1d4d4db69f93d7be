package se.dpia.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.dpia.assessment.NewAssessmentFolder;
import se.dpia.assessment.cnil.CnilImport;

/**
 * {@code ./dpia import-cnil FILE DIR}: a PIA exported from CNIL's PIA tool as a new assessment folder; what the
 * model has no place for is kept in {@code DIR/cnil-import.txt} and listed on stderr.
 */
final class ImportCnilCommand implements Command {

	@Override
	public String name() {
		return "import-cnil";
	}

	@Override
	public Set<String> options() {
		return Set.of("lang");
	}

	@Override
	public int positionals() {
		return 2;
	}

	@Override
	public String usage() {
		return """
				import-cnil FILE DIR [--lang sv|en]
				                 write a new assessment folder DIR from FILE, a PIA exported from CNIL's PIA tool
				                 (JSON): context, data, processing, measures and risks mapped (docs/cnil-import.md);
				                 every part without a place in the model listed on stderr and kept in
				                 DIR/cnil-import.txt; a folder that holds anything is refused (exit 1)
				""";
	}

	@Override
	public int run(Arguments arguments, Session session) throws Exception {
		List<String> paths = arguments.positional();
		if (paths.size() != 2) {
			throw new UsageException("import-cnil needs the exported PIA file and the new folder: ./dpia import-cnil FILE DIR");
		}
		Path file = Path.of(paths.get(0));
		if (!Files.isRegularFile(file)) {
			throw new UsageException("'" + file + "' is not a file; give the .json file the CNIL PIA tool exports");
		}
		Locale locale = Locale.of(Session.language(arguments).code());
		Path folder = Path.of(paths.get(1));
		CnilImport.Result result;
		try {
			result = CnilImport.importFile(file, folder, locale);
		} catch (CnilImport.NotAPiaException e) {
			String where = e.line() > 0 ? ":" + e.line() + ":" + Math.max(e.column(), 1) : "";
			session.err().println("dpia: " + file + where + ": " + e.getMessage());
			return Cli.FAILED;
		} catch (NewAssessmentFolder.RefusedException e) {
			session.err().println("dpia: " + e.getMessage());
			return Cli.FAILED;
		}
		for (String line : result.notMapped()) {
			session.err().println("dpia: " + line);
		}
		session.out().println(result.model());
		session.out().println(result.notes());
		return Cli.OK;
	}
}
