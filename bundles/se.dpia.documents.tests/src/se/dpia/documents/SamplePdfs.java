package se.dpia.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.dpia.model.io.AssessmentFiles;

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
		// the bundled example has no dated change history: its PDF carries no date at all
		files.addAll(DpiaReportTest.generate(AssessmentFiles.load(DpiaReportTest.ROOT.resolve(
				"examples/ange-trygghetskamera/assessment.dpia")), Language.SV, FOLDER.resolve("exempel")));
		return files;
	}
}
