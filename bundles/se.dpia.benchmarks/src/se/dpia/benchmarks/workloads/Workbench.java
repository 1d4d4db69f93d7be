package se.dpia.benchmarks.workloads;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.inject.Injector;

import se.dpia.assessment.AssessmentFolder;
import se.dpia.assessment.check.AssessmentChecker;
import se.dpia.documents.DocumentSet;
import se.dpia.documents.Language;
import se.dpia.documents.TemplateException;
import se.dpia.model.validation.Problem;
import se.dpia.rules.RulesStandaloneSetup;

/**
 * The two jobs a DPO repeats, done in-process as {@code ./dpia check} and {@code ./dpia generate} do them: load the
 * folder (model and rule files), then check it or write its documents. The rule language is set up once, as a
 * long-running workbench would.
 */
public final class Workbench {

	private final Injector rules = RulesStandaloneSetup.doSetup();
	private final Path templates;

	/** @param templates the document templates folder ({@code templates/} at the top of the repository) */
	public Workbench(Path templates) {
		this.templates = templates;
	}

	/** Loads and checks the folder; returns its problems. */
	public List<Problem> check(Path folder) throws IOException {
		return AssessmentChecker.check(AssessmentFolder.load(rules, folder));
	}

	/** Loads the folder and writes its documents (Swedish) into {@code out}; returns the files written. */
	public List<Path> generate(Path folder, Path out) throws IOException, TemplateException {
		AssessmentFolder loaded = load(folder);
		List<Path> written = new ArrayList<>();
		new DocumentSet(templates, Language.SV).generate(loaded.assessment(), loaded.ruleResources(), out, written::add);
		return written;
	}

	/** Loads the folder, failing when it holds no readable assessment. */
	public AssessmentFolder load(Path folder) throws IOException {
		AssessmentFolder loaded = AssessmentFolder.load(rules, folder);
		if (loaded.assessment() == null) {
			throw new IOException(folder + " holds no readable assessment model (*.dpia): " + loaded.loadFailures());
		}
		return loaded;
	}

	public Injector rules() {
		return rules;
	}

	public Path templates() {
		return templates;
	}
}
