package se.dpia.model.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.Assessment;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.io.ModelLoadException;
import se.dpia.model.validation.DpiaValidation;
import se.dpia.tests.fuzz.Mutations;

/**
 * Fuzzes the model loader and the model's validation with mutated XMI: every input gives an assessment (which then
 * validates without throwing) or a {@link ModelLoadException} saying what is wrong; never another exception or
 * error. CI runs a few hundred tries; the long run is
 * {@code ./mvnw verify -pl bundles/se.dpia.model.tests -am -Dtest=ModelLoaderFuzzTest -Dtycho.testArgLine=-Ddpia.fuzz.tries=100000}.
 * A crashing input is kept in {@code target/fuzz/} and becomes a case in {@code ModelLoaderRegressionTest}.
 */
class ModelLoaderFuzzTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));

	private static final String SMALL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
			    id="test" name="Test" dpo="DSO" version="1.0">
			  <people id="DSO" name="Dataskyddsombudet"/>
			  <parties id="lev" name="Leverantören" role="personuppgiftsbiträde"/>
			  <technologies id="Kamera" kind="trygghetskamera" intrusiveness="2" status="vald"/>
			  <systems id="S1" name="Plattform" storesData="true"/>
			  <flows id="F1" source="Kamera" target="S1" when="alltid"/>
			  <risks id="R1" name="Obehörig tittar" likelihood="2" severity="2" residualLikelihood="1" residualSeverity="2" mitigations="A1"/>
			  <mitigations id="A1" name="Behörighetsstyrning" risks="R1" dueDate="2026-01-01"/>
			  <revisions version="1.0" date="2026-01-01"/>
			  <review dataSubjectViews="Brukarrådet har hörts."/>
			</dpia:Assessment>
			""";

	private static final List<String> TOKENS = List.of("<risks id=\"R9\"/>", "<mitigations id=\"A1\"/>", " id=\"R1\"",
			" likelihood=\"-1\"", " severity=\"99999999999\"", " mitigations=\"A1 A1 X\"", " risks=\"\"", " dueDate=\"2026-13-45\"",
			" date=\"x\"", " xmi:id=\"x\"", " href=\"#//\"", " href=\"other.dpia#A1\"", "&amp;", "&#0;", "&#x1F600;", "<![CDATA[x]]>",
			"<!-- x -->", "<?pi x?>", "</dpia:Assessment>", "<dpia:Assessment>", "xsi:type=\"dpia:Risk\"", " source=\"R1\"",
			" kind=\"okänd\"", " role=\"\"", "<review/>", "<riskScale acceptableLevel=\"0\"/>", "<riskScale><levels/></riskScale>",
			" xmlns:x=\"urn:x\"", "<x:y xmlns:x=\"urn:x\"/>", "\uFFFF", "\uD800");

	/** Attribute values that are well-formed XML but odd for the model: they reach the model's validation. */
	private static final List<String> VALUES = List.of("", " ", "-1", "0", "1", "4", "5", "99999999999", "R1", "A1", "A1 A1",
			"R1 R9", "X", "DSO", "S1", "Kamera", "F1", "lev", "2026-02-30", "2026-01-01", "alltid", "vald", "true", "false",
			"personuppgiftsbiträde", "trygghetskamera", "&amp;", "&lt;img src=x&gt;", "#//", "åäö".repeat(500), "NaN", "1e9");
	private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile("=\"[^\"]*\"");

	@TempDir
	Path folder;

	@Test
	void mutatedModelFilesLoadOrAreRefusedCleanly() throws Exception {
		List<String> seeds = List.of(SMALL, SMALL, Files.readString(ROOT.resolve("examples/ange-trygghetskamera/assessment.dpia")));
		long seed = Mutations.seed();
		Mutations mutations = new Mutations(seed, seeds, TOKENS);
		int tries = Mutations.tries(300);
		int loaded = 0;
		for (int i = 0; i < tries; i++) {
			if (i > 0 && i % 10_000 == 0) {
				System.out.println("ModelLoaderFuzzTest: " + i + " inputs so far, " + loaded + " loaded; no crash");
			}
			String text = i % 2 == 0 ? mutations.next() : values(seeds.get(i % seeds.size()), new java.util.Random(seed + i));
			Path file = folder.resolve("fuzz.dpia");
			Files.write(file, i % 17 == 0 ? corruptBytes(text, i) : text.getBytes(StandardCharsets.UTF_8));
			try {
				Assessment assessment = AssessmentFiles.load(file);
				DpiaValidation.validate(assessment, Locale.ENGLISH);
				loaded++;
			} catch (ModelLoadException refused) {
				if (refused.getMessage() == null || refused.getMessage().isBlank()) {
					fail(keep(text, seed, i) + ": refused without saying why");
				}
			} catch (RuntimeException | Error crash) {
				throw new AssertionError(keep(text, seed, i) + ": " + crash, crash);
			}
		}
		System.out.println("ModelLoaderFuzzTest: " + tries + " inputs (seed " + seed + "), " + loaded
				+ " loaded and validated, the rest refused with a message; no crash");
	}

	/** The seed with one to three attribute values replaced: still well-formed, so it reaches the validation. */
	private static String values(String seed, java.util.Random random) {
		List<java.util.regex.MatchResult> found = VALUE.matcher(seed).results().toList();
		StringBuilder text = new StringBuilder(seed);
		random.ints(1 + random.nextInt(3), 0, found.size()).distinct().boxed()
				.sorted(java.util.Comparator.reverseOrder()) // from the end, so earlier offsets stay right
				.forEach(m -> text.replace(found.get(m).start(), found.get(m).end(),
						"=\"" + VALUES.get(random.nextInt(VALUES.size())) + "\""));
		return text.toString();
	}

	/** Some inputs are not even UTF-8. */
	private static byte[] corruptBytes(String text, int i) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (bytes.length > 0) {
			bytes[(i * 7919) % bytes.length] = (byte) (0x80 | i);
		}
		return bytes;
	}

	private static String keep(String text, long seed, int i) {
		Path kept = Path.of("target/fuzz/model-" + seed + "-" + i + ".dpia");
		try {
			Files.createDirectories(kept.getParent());
			Files.writeString(kept, text);
		} catch (IOException e) {
			return "seed " + seed + ", try " + i + " (could not keep the input: " + e.getMessage() + ")";
		}
		return "seed " + seed + ", try " + i + ", input kept in " + kept.toAbsolutePath();
	}
}
