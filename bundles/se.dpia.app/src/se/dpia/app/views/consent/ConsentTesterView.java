package se.dpia.app.views.consent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

import se.dpia.app.Activatorless;
import se.dpia.app.Messages;
import se.dpia.app.views.ModelFollower;
import se.dpia.app.workspace.AssessmentSession;
import se.dpia.assessment.AssessmentFolder;
import se.dpia.model.Assessment;
import se.dpia.model.validation.Problem;
import se.dpia.rules.consent.ConsentCase;
import se.dpia.rules.consent.ConsentDecision;
import se.dpia.rules.consent.ConsentEvaluator;
import se.dpia.rules.consent.InvalidCaseException;
import se.dpia.rules.rules.ConsentRule;

/**
 * Samtyckestestare: a case's fields ({@link CaseField#FIELDS}) answered live from the open folder's consent rules by
 * {@link ConsentEvaluator}, as {@code ./dpia consent --case FILE} answers a case file: which rule decides (a link
 * to its line), whether the technology may be used, whose consent, where it is documented, what is offered instead.
 */
public class ConsentTesterView extends ViewPart {

	public static final String ID = "se.dpia.app.consentTester";

	private final Map<CaseField, Combo> fields = new LinkedHashMap<>();
	private Composite form;
	private Link rule;
	private Text answer;
	private Assessment shown;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
		form = parent;
		for (CaseField field : CaseField.FIELDS) {
			new Label(parent, SWT.NONE).setText(field.label());
			Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
			combo.addListener(SWT.Selection, event -> evaluate());
			fields.put(field, combo);
		}
		Label heading = new Label(parent, SWT.NONE);
		heading.setText(Messages.consentAnswer);
		heading.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(heading);
		rule = new Link(parent, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(rule);
		rule.addListener(SWT.Selection, event -> openRule(event.text));
		answer = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(answer);
		new ModelFollower(parent, this::show);
	}

	private void show(Assessment assessment) {
		if (assessment != shown) {
			shown = assessment;
			for (Map.Entry<CaseField, Combo> field : fields.entrySet()) {
				Combo combo = field.getValue();
				List<CaseField.Choice> choices = assessment == null ? List.of() : field.getKey().choices().apply(assessment);
				combo.setItems(choices.stream().map(CaseField.Choice::label).toArray(String[]::new));
				combo.setData(choices);
				if (!choices.isEmpty()) {
					combo.select(0);
				}
			}
		}
		evaluate();
	}

	/** Chooses a field's value (as the case file writes it), as the user does in the form, and answers again. */
	public void choose(String key, String value) {
		fields.entrySet().stream().filter(field -> field.getKey().key().equals(key)).findFirst().ifPresent(field -> {
			@SuppressWarnings("unchecked")
			List<CaseField.Choice> choices = (List<CaseField.Choice>) field.getValue().getData();
			for (int i = 0; i < choices.size(); i++) {
				if (choices.get(i).value().equals(value)) {
					field.getValue().select(i);
				}
			}
		});
		evaluate();
	}

	/** The case as the form has it, in the case file's words. */
	String caseText() {
		StringBuilder text = new StringBuilder();
		for (Map.Entry<CaseField, Combo> field : fields.entrySet()) {
			@SuppressWarnings("unchecked")
			List<CaseField.Choice> choices = (List<CaseField.Choice>) field.getValue().getData();
			int index = field.getValue().getSelectionIndex();
			if (choices != null && index >= 0) {
				text.append(field.getKey().key()).append(" = ").append(choices.get(index).value()).append('\n');
			}
		}
		return text.toString();
	}

	private void evaluate() {
		AssessmentFolder folder = AssessmentSession.get().current();
		if (folder == null) {
			show(null, Messages.noAssessment);
			return;
		}
		List<Problem> errors = AssessmentSession.get().lastCheck().problems().stream().filter(Problem::isError)
				.filter(Problem::inRuleFile).toList();
		if (!errors.isEmpty()) {
			show(null, NLS.bind(Messages.consentRuleErrors, errors.size()));
			return;
		}
		ConsentCase aCase;
		try {
			aCase = read(caseText());
		} catch (InvalidCaseException e) {
			show(null, e.getMessage());
			return;
		} catch (IOException e) {
			show(null, e.getMessage());
			return;
		}
		List<ConsentRule> rules = ConsentEvaluator.applicable(folder.ruleResources(), aCase);
		if (rules.size() != 1) {
			show(null, rules.isEmpty() ? NLS.bind(Messages.consentNoRule, aCase.technology(), aCase.operation())
					: NLS.bind(Messages.consentManyRules, rules.size(), String.join(", ", rules.stream().map(ConsentRule::getName).toList())));
			return;
		}
		ConsentDecision decision = ConsentEvaluator.decide(rules.get(0), aCase);
		show(decision, text(decision));
	}

	/** The case read by the rule language's own reader, so the form accepts exactly what a case file may hold. */
	private static ConsentCase read(String text) throws IOException, InvalidCaseException {
		Path file = Files.createTempFile("fall", ".properties");
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
			return ConsentCase.read(file);
		} finally {
			Files.deleteIfExists(file);
		}
	}

	private static String text(ConsentDecision decision) {
		List<String> lines = new ArrayList<>();
		if (!decision.considerFirst().isEmpty()) {
			lines.add(NLS.bind(Messages.consentConsiderFirst, decision.considerFirst()));
		}
		if (decision.mayBeUsed()) {
			lines.add(Messages.consentMayBeUsed);
			decision.consents().forEach(who -> lines.add(NLS.bind(Messages.consentFrom, who)));
			decision.conditions().forEach(condition -> lines.add(NLS.bind(Messages.consentCondition, condition)));
		} else {
			lines.add(NLS.bind(Messages.consentNotUsed, decision.reason()));
		}
		line(lines, Messages.consentDocumentedIn, decision.documentedIn());
		line(lines, decision.mayBeUsed() ? Messages.consentIfRefused : Messages.consentOfferInstead, decision.alternative());
		line(lines, Messages.consentOnWithdrawal, decision.onWithdrawal());
		line(lines, Messages.consentProtected, decision.protectedIdentity());
		line(lines, Messages.consentReviewed, decision.review());
		return String.join("\n", lines);
	}

	private static void line(List<String> lines, String label, String value) {
		if (!value.isEmpty()) {
			lines.add(NLS.bind(label, value));
		}
	}

	private void show(ConsentDecision decision, String text) {
		rule.setText(decision == null ? "" : NLS.bind(Messages.consentRule, decision.rule(), "<a>" + decision.where() + "</a>"));
		answer.setText(text);
		form.layout(true, true);
	}

	/** Opens the rule file at the rule's line ({@code file:line}). */
	private void openRule(String where) {
		AssessmentFolder folder = AssessmentSession.get().current();
		int colon = where.lastIndexOf(':');
		if (folder == null || colon < 0) {
			return;
		}
		Path file = Path.of(where.substring(0, colon));
		Path absolute = file.isAbsolute() ? file : folder.root().resolve(file);
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(absolute.toUri());
		if (files.length == 0) {
			return;
		}
		try {
			IMarker marker = files[0].createMarker(IMarker.MARKER);
			marker.setAttribute(IMarker.LINE_NUMBER, Integer.parseInt(where.substring(colon + 1).strip()));
			IDE.openEditor(getSite().getPage(), marker);
			marker.delete();
		} catch (CoreException | NumberFormatException e) {
			Activatorless.log(new org.eclipse.core.runtime.Status(org.eclipse.core.runtime.IStatus.WARNING, "se.dpia.app",
					"Could not open " + where + ": " + e.getMessage(), e));
		}
	}

	/** The answer shown, for tests. */
	public String answer() {
		return answer.getText();
	}

	/** The rule line shown (the decisive rule and its place), for tests. */
	public String rule() {
		return rule.getText();
	}

	@Override
	public void setFocus() {
		answer.setFocus();
	}
}
