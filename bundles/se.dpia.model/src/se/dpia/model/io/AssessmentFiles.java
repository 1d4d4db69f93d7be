package se.dpia.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaPackage;
import se.dpia.model.util.DpiaResourceFactoryImpl;
import se.dpia.model.validation.DpiaValidation;

/**
 * Reads and writes assessment model files ({@code *.dpia}, XMI). Reading refuses any DOCTYPE, so a
 * hostile file can't make the parser fetch external entities; writing goes to a temporary file that is
 * then moved into place, so a crash never leaves a half-written model.
 */
public final class AssessmentFiles {

	/** The file extension of assessment model files. */
	public static final String EXTENSION = "dpia";

	private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

	private AssessmentFiles() {
	}

	/**
	 * Registers the package and resource factory in a resource set, and the model's validation for
	 * {@code Diagnostician.INSTANCE}; works with and without OSGi.
	 */
	public static ResourceSet prepare(ResourceSet resourceSet) {
		DpiaValidation.register();
		resourceSet.getPackageRegistry().put(DpiaPackage.eNS_URI, DpiaPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new DpiaResourceFactoryImpl());
		resourceSet.getLoadOptions().putAll(loadOptions());
		return resourceSet;
	}

	/** Options that make the XML parser refuse a DOCTYPE, and with it every external entity. */
	public static Map<Object, Object> loadOptions() {
		Map<String, Boolean> features = new HashMap<>();
		features.put(DISALLOW_DOCTYPE, Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return options;
	}

	/**
	 * Loads the assessment in a model file.
	 *
	 * @throws ModelLoadException naming the file and, where the parser knows it, the line and column
	 */
	public static Assessment load(Path file) throws ModelLoadException {
		return load(prepare(new ResourceSetImpl()), file);
	}

	/** Loads the assessment in a model file into the given, {@linkplain #prepare prepared}, resource set. */
	public static Assessment load(ResourceSet resourceSet, Path file) throws ModelLoadException {
		if (!Files.isRegularFile(file)) {
			throw new ModelLoadException(file, 0, 0, "the model file does not exist or is not a file");
		}
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(loadOptions());
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw ModelLoadException.from(file, e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new ModelLoadException(file, first.getLine(), first.getColumn(), first.getMessage());
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Assessment assessment)) {
			throw new ModelLoadException(file, 0, 0, "the file holds no assessment (its root element must be dpia:Assessment)");
		}
		return assessment;
	}

	/** The model files directly in an assessment folder, sorted by name. */
	public static java.util.List<Path> modelFilesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith("." + EXTENSION)).sorted().toList();
		}
	}

	/**
	 * Saves a model resource atomically: never a half-written model file. Lines end in LF on every platform, so a
	 * file saved on Windows does not differ from the committed one in every line.
	 */
	public static void save(Resource resource, Path file) throws IOException {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 100);
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		AtomicWrite.write(file, out -> resource.save(out, options));
	}
}
