package se.dpia.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.google.inject.Injector;

import se.dpia.compliance.Messages;
import se.dpia.compliance.approval.Approval;
import se.dpia.compliance.approval.ApprovalSnapshot;
import se.dpia.compliance.approval.ContentHash;
import se.dpia.compliance.approval.FolderContent;
import se.dpia.compliance.diff.FolderDiff;
import se.dpia.compliance.history.GitFolder;
import se.dpia.documents.DocumentSet;
import se.dpia.documents.Language;
import se.dpia.documents.TemplateException;
import se.dpia.model.io.ModelLoadException;
import se.dpia.rules.RulesStandaloneSetup;
import se.dpia.rules.check.AssessmentChecker;
import se.dpia.rules.check.AssessmentFolder;
import se.dpia.rules.check.Problem;

/**
 * The command-line contract: {@code generate}, {@code check}, {@code screen}, {@code threats}, {@code consent},
 * {@code approve}, {@code diff}, {@code workbench},
 * {@code --help}. Exit codes: 0
 * success, 1 errors found or the work failed, 2 the command line was wrong.
 */
public final class Cli {

	static final int OK = 0;
	static final int FAILED = 1;
	static final int USAGE = 2;

	private static final String HELP = """
			Usage: ./dpia COMMAND [DIR] [OPTIONS]

			Commands:
			  generate [DIR] [--out OUT] [--lang sv|en] [--templates TEMPLATES]
			                   write the documents of the assessment in DIR (default: the bundled example)
			                   into OUT (default: out/), printing each file written
			  check [DIR] [--lang sv|en]
			                   list the problems in the model and rule files, one per line:
			                   path:line:column: error|warning: message [code]; exit 1 if any error
			                   (a risk still above the acceptable level after its measures is a warning
			                   [prior-consultation-required]: consult IMY, GDPR Art. 36; a model or rule
			                   changed after the DPO's approval is a warning [changed-after-approval])
			  screen [DIR] [--lang sv|en]
			                   screen the assessment against the nine WP248 criteria: each criterion, whether
			                   it holds, the model facts behind it and why; then whether a DPIA is required
			  threats [DIR] [--lang sv|en]
			                   list the privacy threats proposed from the model and not yet decided, one per
			                   RULE:ELEMENT with its LINDDUN category, feared event, suggested levels and reasoning
			  threats [DIR] --accept RULE:ELEMENT
			                   put the proposal in the risk register (a new risk) and save the model
			  threats [DIR] --dismiss RULE:ELEMENT --reason "..."
			                   set the proposal aside with the reason and save the model
			  consent [DIR] --case FILE
			                   which consent the case in FILE needs, from whom, where it is documented and
			                   what is offered if the person says no, as the consent rules in DIR say;
			                   exit 1 if no rule applies or the case is invalid
			  approve [DIR] --by "NAME" [--date YYYY-MM-DD] [--opinion "..."]
			                   record the DPO's approval of the current model and rules: who, when (default
			                   today), the opinion and a content hash in the model's review; the approved
			                   files are kept in DIR/.approved/ for diff
			  diff [DIR] --since approved|REV [--lang sv|en]
			                   list what changed since the DPO's approval, or since a git revision of the
			                   folder (commit id, branch, tag, HEAD~1): elements added, removed and changed
			                   (attribute by attribute, old -> new) and rule files; exit 0 when it could compare
			  workbench [DIR]  start the workbench on DIR
			  --help           show this help

			  --templates reads document templates from TEMPLATES (default: the templates/ folder)
			  --lang sv|en: the language of what is written (default sv; check: the JVM's language); for threats
			                   also of a new risk

			Every command takes --debug to show stack traces of unexpected failures. Model files above 10 MB and
			rule files above 1 MB are refused; DPIA_JAVA_OPTS passes options to Java (e.g. -Xmx4g).

			Exit codes: 0 success, 1 errors found or the work failed, 2 wrong usage.
			""";

	private final PrintStream out;
	private final PrintStream err;
	private final Defaults defaults;

	public Cli(PrintStream out, PrintStream err, Defaults defaults) {
		this.out = out;
		this.err = err;
		this.defaults = defaults;
	}

	public int run(String... args) {
		if (args.length == 0) {
			err.println("dpia: no command given; try ./dpia generate, or see ./dpia --help");
			return USAGE;
		}
		String command = args[0];
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		boolean debug = rest.contains("--debug");
		try {
			return switch (command) {
				case "--help", "-h", "help" -> help();
				case "generate" -> generate(Arguments.parse(command, rest, Set.of("out", "lang", "templates")));
				case "check" -> check(Arguments.parse(command, rest, Set.of("lang")));
				case "screen" -> screen(Arguments.parse(command, rest, Set.of("lang")));
				case "threats" -> threats(Arguments.parse(command, rest, Set.of("lang", "accept", "dismiss", "reason")));
				case "consent" -> consent(Arguments.parse(command, rest, Set.of("case")));
				case "approve" -> approve(Arguments.parse(command, rest, Set.of("by", "date", "opinion", "lang")));
				case "diff" -> diff(Arguments.parse(command, rest, Set.of("since", "lang")));
				case "workbench" -> {
					err.println("dpia: the workbench is started by the ./dpia script: run ./dpia workbench [DIR]");
					yield USAGE;
				}
				default -> throw new UsageException("unknown command '" + command + "'; the commands are generate, check, screen, threats, consent, approve, diff and workbench (see ./dpia --help)");
			};
		} catch (UsageException e) {
			err.println("dpia: " + e.getMessage());
			return USAGE;
		} catch (TemplateException e) {
			err.println("dpia: template error: " + e.getMessage());
			return FAILED;
		} catch (Exception | Error e) {
			// the top of the command line: whatever failed, one or two lines saying what and what to do, not a trace
			FailureReport.print(command, e, debug, err);
			return FAILED;
		}
	}

	private int help() {
		out.print(HELP);
		return OK;
	}

	private int generate(Arguments arguments) throws Exception {
		Path folder = existingFolder(arguments.folder(defaults.example()));
		Language language = language(arguments);
		Path output = Path.of(arguments.option("out", "out"));
		AssessmentFolder assessment = AssessmentFolder.load(rules(), folder);
		if (assessment.assessment() == null) {
			err.println("dpia: " + folder + " holds no readable assessment model (*.dpia); run ./dpia check " + folder);
			return FAILED;
		}
		Path templates = Path.of(arguments.option("templates", defaults.templates().toString()));
		new DocumentSet(templates, language).generate(assessment.assessment(), assessment.ruleResources(), output,
				out::println);
		return OK;
	}

	private int check(Arguments arguments) throws Exception {
		// without --lang the model's messages follow the JVM's language, as before --lang existed
		Locale locale = arguments.option("lang", null) == null ? Locale.getDefault() : Locale.of(language(arguments).code());
		Path folder = existingFolder(arguments.folder(defaults.example()));
		AssessmentFolder assessment = AssessmentFolder.load(rules(), folder);
		List<Problem> problems = AssessmentChecker.check(assessment, locale);
		Path here = Path.of("").toAbsolutePath();
		for (Problem problem : problems) {
			out.println(problem.format(shown(here, problem.file())));
		}
		return problems.stream().anyMatch(Problem::isError) ? FAILED : OK;
	}

	private int screen(Arguments arguments) throws Exception {
		Messages messages = messages(arguments);
		ModelFolder model = model(arguments);
		if (model == null) {
			return FAILED;
		}
		ScreenCommand.print(model, messages, out);
		return OK;
	}

	private int threats(Arguments arguments) throws Exception {
		Messages messages = messages(arguments);
		String accept = arguments.option("accept", null);
		String dismiss = arguments.option("dismiss", null);
		String reason = arguments.option("reason", null);
		if (accept != null && dismiss != null) {
			throw new UsageException("give either --accept or --dismiss, not both");
		}
		if (dismiss != null && (reason == null || reason.isBlank())) {
			throw new UsageException("--dismiss " + dismiss + " needs --reason \"why it does not apply\"");
		}
		if (reason != null && dismiss == null) {
			throw new UsageException("--reason goes with --dismiss RULE:ELEMENT");
		}
		ModelFolder model = model(arguments);
		if (model == null) {
			return FAILED;
		}
		if (accept == null && dismiss == null) {
			ThreatsCommand.list(model, messages, out);
			return OK;
		}
		boolean decided = accept != null ? ThreatsCommand.decide(model, accept, null, messages, out, err)
				: ThreatsCommand.decide(model, dismiss, reason, messages, out, err);
		return decided ? OK : FAILED;
	}

	private int approve(Arguments arguments) throws Exception {
		Messages messages = messages(arguments);
		String by = arguments.option("by", null);
		if (by == null || by.isBlank()) {
			throw new UsageException("approve needs the DPO's name: ./dpia approve [DIR] --by \"Name\"");
		}
		String date = arguments.option("date", LocalDate.now().toString());
		try {
			LocalDate.parse(date);
		} catch (DateTimeParseException e) {
			throw new UsageException("--date must be a date written YYYY-MM-DD, not '" + date + "'");
		}
		ModelFolder model = model(arguments);
		if (model == null) {
			return FAILED;
		}
		Path folder = existingFolder(arguments.folder(defaults.example()));
		ApproveCommand.approve(folder, model, by.strip(), date, arguments.option("opinion", null), messages, out);
		return OK;
	}

	private int diff(Arguments arguments) throws Exception {
		Messages messages = messages(arguments);
		String since = arguments.option("since", null);
		if (since == null || since.isBlank()) {
			throw new UsageException("diff needs --since approved (the DPO's approval) or --since REV (a git revision)");
		}
		ModelFolder model = model(arguments);
		if (model == null) {
			return FAILED;
		}
		Path folder = existingFolder(arguments.folder(defaults.example()));
		FolderContent now = FolderContent.of(folder);
		if (since.equals("approved")) {
			Approval.Recorded approval = Approval.of(model.assessment());
			if (approval == null) {
				err.println("dpia: " + folder + " has no DPO approval yet; approve it first with ./dpia approve " + folder + " --by NAME");
				return FAILED;
			}
			if (!ApprovalSnapshot.exists(folder)) {
				err.println("dpia: the approved files " + ApprovalSnapshot.folderOf(folder) + " are missing, so there is nothing to compare with;"
						+ " restore them (e.g. from git) or approve again with ./dpia approve " + folder + " --by NAME");
				return FAILED;
			}
			FolderContent approved = ApprovalSnapshot.read(folder);
			String who = approval.signedBy() == null ? ContentHash.shortForm(approval.hash())
					: approval.signedBy() + ", " + ContentHash.shortForm(approval.hash());
			DiffCommand.print(messages.text("diff.sinceApproved", model.title(), approval.date(), who),
					FolderDiff.between(approved, now), messages, out);
			if (!ContentHash.of(approved).equals(approval.hash())) {
				err.println("dpia: " + messages.text("diff.snapshotMismatch", ApprovalSnapshot.folderOf(folder)));
			}
			return OK;
		}
		try (GitFolder git = GitFolder.open(folder)) {
			if (git == null) {
				err.println("dpia: " + folder + " is not inside a git repository, so there is no revision " + since
						+ " to compare with; use --since approved, or put the folder under git");
				return FAILED;
			}
			FolderContent then = git.contentAt(since);
			if (then == null) {
				err.println("dpia: no revision '" + since + "' in the git repository of " + folder
						+ "; give a commit id, branch or tag (git log -- " + folder + " lists the commits)");
				return FAILED;
			}
			DiffCommand.print(messages.text("diff.sinceRevision", model.title(), since), FolderDiff.between(then, now),
					messages, out);
			return OK;
		}
	}

	/** The folder's model, or null after saying why it can't be read. */
	private ModelFolder model(Arguments arguments) throws Exception {
		Path folder = existingFolder(arguments.folder(defaults.example()));
		try {
			return ModelFolder.load(folder);
		} catch (ModelLoadException e) {
			String where = e.line() > 0 ? ":" + e.line() + ":" + Math.max(e.column(), 1) : "";
			err.println("dpia: " + e.file() + where + ": " + e.getMessage());
			err.println("dpia: fix the model file (./dpia check " + folder + " lists every problem), then run the command again");
			return null;
		}
	}

	private static Messages messages(Arguments arguments) throws UsageException {
		return Messages.of(language(arguments).code());
	}

	/** The {@code --lang} option, Swedish by default. */
	private static Language language(Arguments arguments) throws UsageException {
		Language language = Language.of(arguments.option("lang", "sv"));
		if (language == null) {
			throw new UsageException("--lang must be sv or en, not '" + arguments.option("lang", "") + "'");
		}
		return language;
	}

	private int consent(Arguments arguments) throws Exception {
		Path folder = existingFolder(arguments.folder(defaults.example()));
		String caseOption = arguments.option("case", "");
		if (caseOption.isEmpty()) {
			throw new UsageException("consent needs --case FILE, the case to answer (see examples/ange-trygghetskamera/cases/)");
		}
		Path caseFile = Path.of(caseOption);
		if (!Files.isRegularFile(caseFile) && Files.isRegularFile(folder.resolve(caseOption))) {
			caseFile = folder.resolve(caseOption); // relative to the assessment folder, as the README's examples write it
		}
		if (!Files.isRegularFile(caseFile)) {
			throw new UsageException("the case file '" + caseOption + "' does not exist; give the path of a case file,"
					+ " e.g. examples/ange-trygghetskamera/cases/kan-samtycka.properties");
		}
		return new ConsentCommand(out, err).run(AssessmentFolder.load(rules(), folder), caseFile);
	}

	private static Path existingFolder(Path folder) throws UsageException {
		if (!Files.isDirectory(folder)) {
			throw new UsageException("'" + folder + "' is not a folder; give the folder that holds the assessment (*.dpia and *.regler files)");
		}
		return folder;
	}

	/** Paths under the current folder are shown relative to it, as a user typed them. */
	private static Path shown(Path here, Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
	}

	private static Injector rules() {
		return RulesStandaloneSetup.doSetup();
	}

}
