package se.dpia.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.UnreadableFilesException;
import se.dpia.assessment.check.CheckResult;
import se.dpia.documents.Language;
import se.dpia.documents.GenerationProgress;
import se.dpia.documents.OutputFormat;
import se.dpia.documents.Templates;
import se.dpia.model.io.ModelLoadException;

/** {@code ./dpia generate}: writes the documents of an assessment folder, printing each file as it is in place. */
final class GenerateCommand implements Command {

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public Set<String> options() {
		return Set.of("out", "lang", "templates", "format");
	}

	@Override
	public String usage() {
		return """
				generate [DIR] [--out OUT] [--lang sv|en] [--format pdf|docx|both] [--templates TEMPLATES]
				                 write the documents of the assessment in DIR (default: the bundled example)
				                 into OUT (default: out/), printing each file written; as PDF (default), as
				                 Word files (.docx, same names) or both; TEMPLATES is a folder of one's own
				                 templates (default: DPIA_TEMPLATES, else the built-in ones)
				""";
	}

	/** "check: 2 errors, 31 warnings; the documents are drafts", in the documents' language. */
	static String summary(CheckResult check, Language language) {
		boolean sv = language.code().equals("sv");
		String counts = sv ? "kontroll: " + check.errors() + " fel, " + check.warnings() + " varningar"
				: "check: " + check.errors() + (check.errors() == 1 ? " error, " : " errors, ") + check.warnings()
						+ (check.warnings() == 1 ? " warning" : " warnings");
		if (!check.hasErrors()) {
			return counts;
		}
		return counts + (sv ? "; dokumenten är märkta UTKAST" : "; the documents are marked DRAFT");
	}

	@Override
	public int run(Arguments arguments, Session session) throws Exception {
		OutputFormat format = OutputFormat.of(arguments.option("format", "pdf"));
		if (format == null) {
			throw new UsageException("--format must be pdf, docx or both, not '" + arguments.option("format", "") + "'");
		}
		Path folder = session.folder(arguments);
		var language = Session.language(arguments);
		Path output = Path.of(arguments.option("out", "out"));
		AssessmentFolder assessment = AssessmentFolder.open(folder);
		if (assessment.assessment() == null) {
			session.err().println("dpia: " + folder + " holds no readable assessment model (*.dpia); run ./dpia check " + folder);
			return Cli.FAILED;
		}
		if (!assessment.loadFailures().isEmpty()) {
			// a file left out would silently leave out its documents: nothing is written until every file loads
			for (ModelLoadException failure : assessment.loadFailures()) {
				session.err().println("dpia: " + UnreadableFilesException.describe(failure.at(Session.shown(failure.file()))));
			}
			session.err().println("dpia: nothing was generated: the documents would miss what "
					+ (assessment.loadFailures().size() == 1 ? "this file holds" : "these files hold") + "; correct it (./dpia check "
					+ folder + ") and run again");
			return Cli.FAILED;
		}
		String templates = arguments.option("templates", null);
		Templates source = Templates.of(templates != null ? Path.of(templates) : session.defaults().templates());
		// the check in one line on stderr; with errors every document is marked as a draft, and the exit code stays 0
		CheckResult check = assessment.check(Locale.of(language.code()));
		session.err().println("dpia: " + summary(check, language) + " (./dpia check " + folder
				+ (language.code().equals("sv") ? " listar dem)" : " lists them)"));
		assessment.generate(source, language, format, output, new GenerationProgress() {
			@Override
			public void written(Path file) {
				session.out().println(file);
			}

			@Override
			public void warning(String message) {
				session.err().println("dpia: warning: " + message);
			}
		}, check);
		return Cli.OK;
	}
}
