package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.dpia.rules.RulesStandaloneSetup;
import se.dpia.rules.load.FolderResources;

/** The bundled example folder with its rule files, loaded as the command line loads it. */
final class ExampleFolder {

	static final Path FOLDER = DpiaReportTest.ROOT.resolve("examples/ange-trygghetskamera");

	private ExampleFolder() {
	}

	static FolderResources load() throws Exception {
		return load(FOLDER);
	}

	/** A bundled example folder, e.g. {@code examples/nynashamn-pilot}. */
	static FolderResources load(Path example) throws Exception {
		FolderResources folder = FolderResources.load(RulesStandaloneSetup.doSetup(), example);
		assertEquals(List.of(), folder.loadFailures(), "the example loads");
		assertNotNull(folder.assessment(), "the example has a model");
		return folder;
	}

	/** Every document of the example, model and rules, in one language. */
	static List<Path> generate(Language language, Path out) throws Exception {
		return generate(FOLDER, language, out);
	}

	/** Every document of a bundled example folder, model and rules, in one language. */
	static List<Path> generate(Path example, Language language, Path out) throws Exception {
		FolderResources folder = load(example);
		List<Path> reported = new ArrayList<>();
		List<Path> written = new DocumentSet(DpiaReportTest.BUILT_IN, language)
				.generate(folder.assessment(), folder.ruleResources(), out, reported::add);
		assertEquals(written, reported, "each file is reported as it is written");
		return written;
	}
}
