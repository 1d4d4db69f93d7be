package se.dpia.rules.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

import se.dpia.rules.RuleFolder;
import se.dpia.rules.RulesStandaloneSetup;

/**
 * After each edit, the problems the editor knows of (the edited file's from its last check, another file's from the
 * last check that covered it) are those a fresh load and full validation of the folder with the edited text gives.
 */
class RevalidatorTest {

	/** The routine and a checklist template; the other files refer to both. */
	private static final String ROUTINES = RuleFolder.GOOD_ROUTINE + """

			checklistmall Mall "Att tänka på" {
				punkt Besök "Teknikfel ersätts med besök"
				punkt Hjälp "Hjälp när brukaren behöver det" uppfylls av Natt.Hjälp
			}
			""";

	/** Follows the template and names a step of the routine. */
	private static final String CHECKLIST = """
			checklista Införande enligt Mall {
				Besök uppfylls av Natt.Hembesök
			}
			""";

	/** Refers to nothing in the routines' file. */
	private static final String OTHER = RuleFolder.GOOD_ROUTINE.replace("verksamhetsrutin Natt", "verksamhetsrutin Dag");

	@TempDir
	Path edited;
	@TempDir
	Path fresh;

	private final Injector injector = RulesStandaloneSetup.doSetup();
	private Revalidator revalidator;
	/** The problems shown per file, as the editor and its checks left them. */
	private final Map<String, List<String>> shown = new TreeMap<>();

	@BeforeEach
	void openTheRoutinesInAnEditor() throws IOException {
		new RuleFolder(edited).write("rutiner.regler", ROUTINES).write("checklistor.regler", CHECKLIST)
				.write("dag.regler", OTHER);
		FolderResources folder = FolderResources.load(injector, edited);
		for (Resource resource : folder.ruleResources()) {
			shown.put(name(resource.getURI()), describe(validate((XtextResource) resource)));
		}
		revalidator = new Revalidator((XtextResource) folder.resourceSet()
				.getResource(URI.createFileURI(edited.resolve("rutiner.regler").toString()), false));
		assertEquals(Map.of("checklistor.regler", List.of(), "dag.regler", List.of(), "rutiner.regler", List.of()), shown);
	}

	@Test
	void aCommentChangesNothingElsewhere() throws IOException {
		Revalidator.Revalidation result = edit(ROUTINES.replace("var 2:e timme", "var 2:e timme // två"));
		assertEquals(Map.of(), result.affected());
	}

	@Test
	void renamingAStepAnotherFileRefersToBreaksThatReferenceAndRenamingItBackMendsIt() throws IOException {
		String renamed = ROUTINES.replace("steg Hembesök:", "steg Besöket:");
		Revalidator.Revalidation result = edit(renamed);
		assertEquals(List.of("checklistor.regler"), result.affected().keySet().stream().map(RevalidatorTest::name).toList());
		assertTrue(shown.get("checklistor.regler").toString().contains("Natt.Hembesök"), shown.toString());

		edit(ROUTINES);
		assertEquals(List.of(), shown.get("checklistor.regler"));
	}

	@Test
	void aTemplatePointNoLongerAnsweredIsReportedInTheChecklistThatFollowsIt() throws IOException {
		edit(ROUTINES.replace(" uppfylls av Natt.Hjälp", ""));
		assertTrue(shown.get("checklistor.regler").toString().contains("checklist-item-unsatisfied"), shown.toString());
	}

	@Test
	void editsThatMoveEveryNameTypingBreaksAndMends() throws IOException {
		String routineBefore = RuleFolder.GOOD_ROUTINE.replace("verksamhetsrutin Natt", "verksamhetsrutin Kväll") + "\n";
		edit(routineBefore + ROUTINES); // the routine and template move: their URIs change
		edit(routineBefore + ROUTINES.replace("checklistmall Mall", "checklistmall Mal")); // half-typed name
		edit(routineBefore + ROUTINES.replace("checklistmall Mall {", "checklistmall Mall"));
		edit(routineBefore + ROUTINES.replace("steg Hembesök:", "steg Hembesök: om"));
		edit(routineBefore + ROUTINES);
		edit(ROUTINES);
		assertEquals(List.of(), shown.get("checklistor.regler"));
	}

	/**
	 * Applies {@code text} as the editor's new text, revalidates and records what it found; then checks that the
	 * problems shown are what a full validation of a fresh load gives.
	 */
	private Revalidator.Revalidation edit(String text) throws IOException {
		revalidator.update(text);
		Revalidator.Revalidation result = revalidator.revalidate(CancelIndicator.NullImpl);
		assertEquals(text, revalidator.text());
		shown.put("rutiner.regler", describe(result.issues()));
		result.affected().forEach((uri, issues) -> shown.put(name(uri), describe(issues)));
		assertEquals(fullValidation(text), shown, "after the edit to:\n" + text);
		return result;
	}

	/** Every rule file's problems, from a fresh copy of the folder with the routines' file holding {@code text}. */
	private Map<String, List<String>> fullValidation(String text) throws IOException {
		new RuleFolder(fresh).write("rutiner.regler", text).write("checklistor.regler", CHECKLIST).write("dag.regler", OTHER);
		Map<String, List<String>> problems = new TreeMap<>();
		for (Resource resource : FolderResources.load(injector, fresh).ruleResources()) {
			problems.put(name(resource.getURI()), describe(validate((XtextResource) resource)));
		}
		return problems;
	}

	private static List<Issue> validate(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/** What the editor shows of each issue: severity, code, message and place. */
	private static List<String> describe(List<Issue> issues) {
		return issues.stream().map(issue -> issue.getSeverity() + " " + issue.getCode() + " " + issue.getLineNumber() + ":"
				+ issue.getColumn() + " [" + issue.getOffset() + "+" + issue.getLength() + "] " + issue.getMessage()).sorted()
				.toList();
	}

	private static String name(URI uri) {
		return uri.lastSegment();
	}
}
