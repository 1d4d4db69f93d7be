package se.dpia.rules.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

import se.dpia.rules.RuleFolder;
import se.dpia.rules.RulesStandaloneSetup;
import se.dpia.rules.load.FolderResources;
import se.dpia.rules.load.RuleProblems;
import se.dpia.tests.fuzz.Mutations;

/**
 * Fuzzes the rule language's parser, linker and validators with mutated rule files: every input gives the
 * language's own diagnostics (syntax errors, unresolved names, rule problems), never an exception. Every 25th input
 * also goes through the whole folder check ({@code ./dpia check}). CI runs a few hundred tries; the long run is
 * {@code ./mvnw verify -pl bundles/se.dpia.rules.tests -am -Dtest=RuleFilesFuzzTest -Dtycho.testArgLine=-Ddpia.fuzz.tries=100000}.
 * A crashing input is kept in {@code target/fuzz/} and becomes a case in {@code RuleFilesRegressionTest}.
 */
class RuleFilesFuzzTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));

	private static final List<String> TOKENS = List.of("samtyckesregel ", "verksamhetsrutin ", "checklista ", "checklistmall ",
			"importera ", "importera bibliotek ", "import ", "\"skr/inforande.regler\"", "\"../../etc/passwd.regler\"",
			"\"http://127.0.0.1:1/x.regler\"", " gäller ", " i ", " för ", " med ", " enligt ", "{", "}", "{\n", "\n}\n",
			"steg ", "roll ", " får ", " gör ", " om ej sedd, ", " om fortfarande ej sedd, ", " inom 99999999999 minuter",
			" var 0:e timme", " beviljad insats 25:61–07:00", " tillsyn 22:00–06:00 var 2:e timme", "24:00", "00:00",
			"samtycke från brukaren: ", "vid nej: erbjud \"x\"", "vid nedsatt beslutsförmåga: ", "uppfylls av ", " öppen \"\"",
			".", ",", ":", "Kamera", "Sensor", "hemtjänst", "A1", "Natt.Tillsyn", "omprövas var 0:e månad", "\"", "\"\\",
			"/*", "*/", "//", "\u00e5\u00e4\u00f6", "överväg först ", "genomför ", "loggas i ", "punkt ");

	@TempDir
	Path root;

	@Test
	void mutatedRuleFilesGiveDiagnosticsNeverExceptions() throws Exception {
		new RuleFolder(root);
		Injector injector = RulesStandaloneSetup.doSetup();
		FolderResources folder = FolderResources.load(injector, root);
		long seed = Mutations.seed();
		Mutations mutations = new Mutations(seed, seeds(), TOKENS);
		int tries = Mutations.tries(300);
		URI uri = URI.createFileURI(root.resolve("fuzz.regler").toAbsolutePath().toString());
		int diagnostics = 0;
		for (int i = 0; i < tries; i++) {
			if (i > 0 && i % 10_000 == 0) {
				System.out.println("RuleFilesFuzzTest: " + i + " inputs so far; no exception");
			}
			String text = mutations.next();
			try {
				Resource resource = folder.resourceSet().createResource(uri);
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), folder.resourceSet().getLoadOptions());
				diagnostics += ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
						.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).size();
				folder.resourceSet().getResources().remove(resource);
				if (i % 25 == 0) {
					Files.writeString(root.resolve("fuzz.regler"), text);
					RuleProblems.of(FolderResources.load(injector, root));
					Files.delete(root.resolve("fuzz.regler"));
				}
			} catch (IOException | RuntimeException | Error crash) {
				throw new AssertionError(keep(text, seed, i) + ": " + crash, crash);
			}
		}
		System.out.println("RuleFilesFuzzTest: " + tries + " inputs (seed " + seed + "), " + diagnostics
				+ " diagnostics reported; no exception");
	}

	private static List<String> seeds() throws IOException {
		List<String> seeds = new ArrayList<>(List.of(RuleFolder.GOOD_CONSENT, RuleFolder.GOOD_ROUTINE));
		for (Path folder : List.of(ROOT.resolve("examples"), ROOT.resolve("bundles/se.dpia.rules/library"))) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".regler")).sorted().toList()) {
					seeds.add(Files.readString(file));
				}
			}
		}
		return seeds;
	}

	private static String keep(String text, long seed, int i) {
		Path kept = Path.of("target/fuzz/rules-" + seed + "-" + i + ".regler");
		try {
			Files.createDirectories(kept.getParent());
			Files.writeString(kept, text);
		} catch (IOException e) {
			return "seed " + seed + ", try " + i + " (could not keep the input: " + e.getMessage() + ")";
		}
		return "seed " + seed + ", try " + i + ", input kept in " + kept.toAbsolutePath();
	}
}
