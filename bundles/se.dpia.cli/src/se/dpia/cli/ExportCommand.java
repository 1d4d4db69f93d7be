package se.dpia.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import se.dpia.assessment.ModelFolder;
import se.dpia.assessment.export.CsvExport;
import se.dpia.assessment.export.JsonExport;
import se.dpia.assessment.export.Register;
import se.dpia.model.io.AtomicWrite;

/** {@code ./dpia export}: the risk register and the action plan as CSV or JSON, to a file or stdout. */
final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public Set<String> options() {
		return Set.of("format", "what", "out", "separator", "lang");
	}

	@Override
	public String usage() {
		return """
				export [DIR] [--format csv|json] [--what risks|actions|all] [--out FILE] [--separator ';'|','] [--lang sv|en]
				                 write the risk register and/or the action plan (default: both) as CSV (default;
				                 UTF-8 with BOM, separator ; unless --separator ,, headers in --lang) or JSON
				                 (docs/export.schema.json) to FILE, written atomically, or to stdout
				""";
	}

	@Override
	public int run(Arguments arguments, Session session) throws Exception {
		String format = arguments.option("format", "csv");
		if (!Set.of("csv", "json").contains(format)) {
			throw new UsageException("--format must be csv or json, not '" + format + "'");
		}
		Register.What what = Register.What.of(arguments.option("what", "all"));
		if (what == null) {
			throw new UsageException("--what must be risks, actions or all, not '" + arguments.option("what", "") + "'");
		}
		String separator = arguments.option("separator", ";");
		if (!Set.of(";", ",").contains(separator)) {
			throw new UsageException("--separator must be ; or , (quote it in the shell: --separator ';'), not '" + separator + "'");
		}
		Locale locale = Locale.of(Session.language(arguments).code());
		ModelFolder model = session.model(arguments);
		if (model == null) {
			return Cli.FAILED;
		}
		Register register = Register.of(model.assessment());
		String text = format.equals("json") ? JsonExport.text(model.assessment(), register, what)
				: CsvExport.text(register, what, separator.charAt(0), locale);
		String out = arguments.option("out", null);
		if (out == null) {
			session.out().print(text);
			session.out().flush();
		} else {
			Path file = Path.of(out);
			AtomicWrite.write(file, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
			session.out().println(file);
		}
		return Cli.OK;
	}
}
