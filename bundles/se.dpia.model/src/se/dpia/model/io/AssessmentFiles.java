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
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaPackage;
import se.dpia.model.validation.DpiaValidation;

/**
 * Reads and writes assessment model files ({@code *.dpia}, XMI). Reading refuses any DOCTYPE, so a
 * hostile file can't make the parser fetch external entities or expand entities; the {@link FolderGuard} keeps
 * EMF from opening anything outside the assessment folder; a file above {@link #MAX_BYTES} is refused before it is
 * read, and one beyond the {@link ModelLimits} (scale levels, list sizes, text lengths) after. Writing goes to a
 * temporary file that is then moved into place, so a crash never leaves a half-written model. Every element loaded
 * carries its place in the file ({@link ElementPosition}), so problems can name a line.
 */
public final class AssessmentFiles {

	/** The file extension of assessment model files. */
	public static final String EXTENSION = "dpia";

	/**
	 * The largest model file read: 10 MB, about 270 times the bundled example. Far larger files are no assessment
	 * anyone maintains by hand, and loading one could exhaust the heap.
	 */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

	private AssessmentFiles() {
	}

	/**
	 * Registers the package and resource factory in a resource set, and the model's validation for
	 * {@code Diagnostician.INSTANCE}, and guards its resource loading ({@link FolderGuard}); works with and without
	 * OSGi.
	 */
	public static ResourceSet prepare(ResourceSet resourceSet) {
		DpiaValidation.register();
		FolderGuard.of(resourceSet);
		resourceSet.getPackageRegistry().put(DpiaPackage.eNS_URI, DpiaPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new PositionedResourceFactory());
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
			throw new ModelLoadException(file, 0, 0, new LoadText("notAFile"));
		}
		long size;
		try {
			size = Files.size(file);
		} catch (IOException e) {
			throw new ModelLoadException(file, 0, 0, new LoadText("cannotRead", String.valueOf(e.getMessage())));
		}
		if (size > MAX_BYTES) {
			throw new ModelLoadException(file, 0, 0, new LoadText("modelTooLarge", megabytes(size), megabytes(MAX_BYTES)));
		}
		FolderGuard.of(resourceSet).allow(file.toAbsolutePath().normalize().getParent());
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		if (resource instanceof ResourceImpl indexed) {
			// elements refer to each other by id: without an index each reference (and each unique-id check) scans
			// the whole model, which made loading and checking grow with the square of the model's size
			indexed.setIntrinsicIDToEObjectMap(new HashMap<>());
		}
		byte[] bytes = null;
		try {
			// what was read, so a save can tell whether someone else saved the file meanwhile (the digest first: a change
			// between the two reads then shows as a change, never hides one); the text also places each element
			if (FolderGuard.of(resourceSet).refusal(resource.getURI()) == null) {
				bytes = Files.readAllBytes(file);
				resource.eAdapters().add(new ReadFrom(file.toAbsolutePath().normalize(), digest(bytes)));
			}
			resource.load(loadOptions());
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw ModelLoadException.from(file, e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new ModelLoadException(file, first.getLine(), first.getColumn(),
					ModelLoadException.reasonOf(first, first.getMessage()));
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Assessment assessment)) {
			throw new ModelLoadException(file, 0, 0, new LoadText("noAssessment"));
		}
		LoadText beyondLimit = ModelLimits.violation(assessment);
		if (beyondLimit != null) {
			resourceSet.getResources().remove(resource);
			throw new ModelLoadException(file, 0, 0, beyondLimit);
		}
		if (bytes != null && resource instanceof XMLResource xml) {
			PositionedResourceFactory.moveToTagStarts(xml, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
		}
		return assessment;
	}

	/** A size in megabytes with one decimal, for messages. */
	public static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
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
		Path target = file.toAbsolutePath().normalize();
		try (FolderLock lock = FolderLock.acquire(target.getParent())) {
			ReadFrom read = readFrom(resource);
			if (read != null && read.file().equals(target) && Files.exists(target)
					&& !java.util.Arrays.equals(read.digest(), digest(Files.readAllBytes(target)))) {
				throw new ChangedMeanwhileException(file);
			}
			java.io.ByteArrayOutputStream saved = new java.io.ByteArrayOutputStream();
			resource.save(saved, options);
			byte[] bytes = saved.toByteArray();
			AtomicWrite.write(file, out -> out.write(bytes));
			if (read != null) {
				resource.eAdapters().remove(read);
			}
			resource.eAdapters().add(new ReadFrom(target, digest(bytes)));
		}
	}

	/**
	 * The file a model resource was read from (or last saved to) and the SHA-256 of its bytes then: a save checks
	 * that the file on disk is still that one.
	 */
	private record ReadFrom(Path file, byte[] digest) implements org.eclipse.emf.common.notify.Adapter {

		@Override
		public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
		}

		@Override
		public org.eclipse.emf.common.notify.Notifier getTarget() {
			return null;
		}

		@Override
		public void setTarget(org.eclipse.emf.common.notify.Notifier newTarget) {
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == ReadFrom.class;
		}
	}

	private static ReadFrom readFrom(Resource resource) {
		return (ReadFrom) org.eclipse.emf.ecore.util.EcoreUtil.getExistingAdapter(resource, ReadFrom.class);
	}

	private static byte[] digest(byte[] bytes) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JVM has no SHA-256", e);
		}
	}
}
