package se.dpia.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the documents of the test assessment, in both languages, where veraPDF and a person can look at them. */
final class SamplePdfs {

	/** target/pdf of this test bundle: kept after the build, for pdftoppm. */
	static final Path FOLDER = DpiaReportTest.ROOT.resolve("bundles/se.dpia.documents.tests/target/pdf");

	private SamplePdfs() {
	}

	static List<Path> write() throws Exception {
		List<Path> files = new ArrayList<>();
		for (Language language : Language.values()) {
			files.addAll(DpiaReportTest.generate(TestAssessments.camera(), language, FOLDER.resolve(language.code())));
		}
		// the bundled example with its rule files (routines, checklists, consent forms); it has no dated change
		// history, so its PDFs carry no date at all
		files.addAll(ExampleFolder.generate(Language.SV, FOLDER.resolve("exempel")));
		files.addAll(ExampleFolder.generate(Language.EN, FOLDER.resolve("example")));
		// a report whose registers are in appendices (two entries a part here, so every register moves)
		for (Language language : Language.values()) {
			files.addAll(new DocumentSet(DpiaReportTest.BUILT_IN, language, 2, 2).generate(
					DocumentInput.of(TestAssessments.withRegisters(3, 3, 3, 3)),
					FOLDER.resolve("appendices-" + language.code()), new GenerationProgress() { }));
		}
		return files;
	}
}
