package se.dpia.assessment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import se.dpia.assessment.approval.Approval;
import se.dpia.assessment.check.AssessmentChecker;
import se.dpia.assessment.check.CheckResult;
import se.dpia.assessment.check.IssueCodes;
import se.dpia.assessment.check.NextSteps;
import se.dpia.assessment.history.ChangeHistory;
import se.dpia.assessment.history.HistoryEntry;
import se.dpia.documents.DocumentInput;
import se.dpia.documents.DocumentSet;
import se.dpia.documents.GenerationProgress;
import se.dpia.documents.Language;
import se.dpia.documents.OutputFormat;
import se.dpia.documents.TemplateException;
import se.dpia.documents.Templates;
import se.dpia.model.Assessment;
import se.dpia.model.io.ModelLoadException;
import se.dpia.rules.RulesStandaloneSetup;
import se.dpia.rules.load.FolderResources;

/**
 * An assessment folder, loaded: its model files ({@code *.dpia}) and rule files ({@code *.regler}) in one resource
 * set, and the tasks the command line and the workbench share — check, the input of document generation (with the
 * approval state and change history read from the folder) and generation itself. Front ends call this and the task
 * classes beside it ({@link ModelFolder}, {@link ThreatTasks}, {@link Comparison}); they re-implement none of it.
 */
public final class AssessmentFolder {

	private static Injector rulesInjector;

	private final FolderResources resources;

	private AssessmentFolder(FolderResources resources) {
		this.resources = resources;
	}

	/** Loads every model and rule file in the folder; a file that can't be read is recorded, not thrown. */
	public static AssessmentFolder open(Path root) throws IOException {
		return load(rulesInjector(), root);
	}

	/** As {@link #open}, with the rule language's injector of the caller (e.g. the workbench editor's). */
	public static AssessmentFolder load(Injector rulesInjector, Path root) throws IOException {
		return new AssessmentFolder(FolderResources.load(rulesInjector, root));
	}

	/** The rule language's injector, made once per process: creating it is the slow part of loading a folder. */
	public static synchronized Injector rulesInjector() {
		if (rulesInjector == null) {
			rulesInjector = RulesStandaloneSetup.doSetup();
		}
		return rulesInjector;
	}

	public Path root() {
		return resources.root();
	}

	public XtextResourceSet resourceSet() {
		return resources.resourceSet();
	}

	/** The loaded files, as the rule language sees them. */
	public FolderResources resources() {
		return resources;
	}

	/** The assessments of the model files that loaded. */
	public List<Assessment> assessments() {
		return resources.assessments();
	}

	/** The first assessment, or {@code null} if the folder has none that loads. */
	public Assessment assessment() {
		return resources.assessment();
	}

	public List<ModelLoadException> loadFailures() {
		return resources.loadFailures();
	}

	public List<Resource> ruleResources() {
		return resources.ruleResources();
	}

	/** The file behind a resource of this folder. */
	public Path fileOf(Resource resource) {
		return resources.fileOf(resource);
	}

	/** Every problem of the folder: model, rules, consistency, compliance and approval, messages in a language. */
	public CheckResult check(Locale locale) {
		return check(locale, NextSteps.COMMAND_LINE);
	}

	/** The same, with the advice on what to do next in the words of the program that shows it (a menu, a command). */
	public CheckResult check(Locale locale, NextSteps next) {
		return new CheckResult(AssessmentChecker.check(this, locale, next));
	}

	/**
	 * What document generation is made from: the first assessment, the rule files, whether the folder still holds
	 * the approved content, the change history, and how many errors the check finds (the documents of a folder with
	 * errors are drafts).
	 *
	 * @throws IllegalStateException when the folder has no assessment that loads
	 */
	public DocumentInput documentInput() {
		return documentInput(check(Locale.ROOT));
	}

	/** As {@link #documentInput()}, with the errors of a check already made. */
	public DocumentInput documentInput(CheckResult check) {
		Assessment assessment = assessment();
		if (assessment == null) {
			throw new IllegalStateException(root() + " holds no readable assessment model");
		}
		List<DocumentInput.HistoryRow> history = ChangeHistory.of(root(), assessment).entries().stream()
				.map(AssessmentFolder::row).toList();
		return new DocumentInput(assessment, DocumentInput.ruleFiles(ruleResources()), approvedContentUnchanged(assessment, check),
				history, check.errors());
	}

	/**
	 * Writes the documents of the folder into {@code out}, as {@code ./dpia generate} and the workbench's Generate
	 * documents both do: the same input, templates and language give byte-identical files.
	 *
	 * @throws UnreadableFilesException when a model or rule file of the folder could not be loaded: the documents would
	 *         silently miss what it holds, so nothing is written
	 */
	public List<Path> generate(Templates templates, Language language, Path out, GenerationProgress progress)
			throws IOException, TemplateException {
		if (!loadFailures().isEmpty()) {
			throw new UnreadableFilesException(loadFailures());
		}
		return new DocumentSet(templates, language).generate(documentInput(), out, progress);
	}

	/** As {@link #generate(Templates, Language, Path, GenerationProgress)}, with a check already made. */
	public List<Path> generate(Templates templates, Language language, Path out, GenerationProgress progress,
			CheckResult check) throws IOException, TemplateException {
		return generate(templates, language, OutputFormat.PDF, out, progress, check);
	}

	/**
	 * As {@link #generate(Templates, Language, Path, GenerationProgress)}, with a check already made, writing each
	 * document as PDF, as an editable Word file (.docx) or both.
	 */
	public List<Path> generate(Templates templates, Language language, OutputFormat format, Path out,
			GenerationProgress progress, CheckResult check) throws IOException, TemplateException {
		if (!loadFailures().isEmpty()) {
			throw new UnreadableFilesException(loadFailures());
		}
		return new DocumentSet(templates, language).as(format).generate(documentInput(check), out, progress);
	}

	/** Whether the folder still holds what the DPO approved; null without an approval. */
	private Boolean approvedContentUnchanged(Assessment assessment, CheckResult check) {
		if (Approval.of(assessment) == null) {
			return null;
		}
		// the check has hashed the folder already: its changed-after-approval warning on this model says it all
		Path file = fileOf(assessment.eResource());
		return check.problems().stream().noneMatch(problem -> problem.file().equals(file)
				&& IssueCodes.CHANGED_AFTER_APPROVAL.equals(problem.code()));
	}

	private static DocumentInput.HistoryRow row(HistoryEntry entry) {
		return new DocumentInput.HistoryRow(entry.version(), entry.date(), entry.reason(), entry.issuer());
	}
}
