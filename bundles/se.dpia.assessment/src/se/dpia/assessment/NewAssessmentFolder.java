package se.dpia.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.io.AtomicWrite;

/**
 * Makes the folder of a new assessment, headless (the workbench's wizard and {@code ./dpia new} both use it): a copy
 * of a bundled example, or an empty assessment with the organisation's name and SKR's checklists to answer. Each
 * gets a {@code .gitignore} for the generated documents ({@code out/}) and the workbench's {@code .project}, and a
 * {@code .gitattributes} that merges model files with the merge driver ({@link #GITATTRIBUTES}). Never
 * writes into a folder that already holds files.
 */
public final class NewAssessmentFolder {

	/** The model file of a new empty assessment. */
	public static final String MODEL = "assessment." + AssessmentFiles.EXTENSION;
	/** The rule file with SKR's checklists, each point still to answer. */
	public static final String CHECKLISTS = "checklistor.regler";
	/** What git leaves out of an assessment folder: generated documents and the workbench's project file. */
	public static final String GITIGNORE = "out/\n.project\n";
	/**
	 * How git merges the folder: model files with {@code ./dpia merge-driver} (registered once per clone with
	 * {@code git config}, see docs/merge.md), the approval snapshot never (approving again replaces it).
	 */
	public static final String GITATTRIBUTES = """
			# Model files merge by element with ./dpia merge-driver; register it once per clone (docs/merge.md):
			#   git config merge.dpia.driver "./dpia merge-driver %O %A %B %P"
			*.dpia merge=dpia
			# The approval snapshot is what the DPO approved: never merged, replaced by approving again.
			.approved/** -merge
			""";

	private static final String SKR_CHECKLISTS = """
			// SKR:s checklistor för införande och installation av digital tillsyn (biblioteket skr/).
			// Besvara varje punkt: "Punkt uppfylls av <åtgärd eller rutin>" eller "Punkt öppen "varför"".
			importera bibliotek "skr/inforande.regler"
			importera bibliotek "skr/installation.regler"

			checklista Införande enligt SKR_införande {
			}

			checklista Installation enligt SKR_installation {
			}
			""";

	/** The folder is a file, or holds something: nothing is written. */
	public static final class RefusedException extends IOException {

		private static final long serialVersionUID = 1L;

		private final Path folder;
		private final boolean file;

		RefusedException(Path folder, boolean file) {
			super(folder + (file ? " is a file: choose a new or empty folder"
					: " is not empty: choose a new or empty folder, so that nothing in it is overwritten"));
			this.folder = folder;
			this.file = file;
		}

		public Path folder() {
			return folder;
		}

		/** Whether the folder given is a file (else it is a folder that holds something). */
		public boolean isFile() {
			return file;
		}
	}

	private NewAssessmentFolder() {
	}

	/** Copies an example into the folder (its own .gitignore kept, else ours written). */
	public static void fromExample(Path example, Path folder) throws IOException {
		refuseIfNotEmpty(folder);
		try (Stream<Path> files = Files.walk(example)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path relative = example.relativize(file);
				if (relative.getName(0).toString().equals("out") || relative.toString().equals(".project")) {
					continue; // generated documents and the workbench's project file are not part of an example
				}
				Path target = folder.resolve(relative.toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
		Files.createDirectories(folder);
		if (!Files.exists(folder.resolve(".gitignore"))) {
			AtomicWrite.write(folder.resolve(".gitignore"), out -> out.write(GITIGNORE.getBytes(StandardCharsets.UTF_8)));
		}
		if (!Files.exists(folder.resolve(".gitattributes"))) {
			AtomicWrite.write(folder.resolve(".gitattributes"), out -> out.write(GITATTRIBUTES.getBytes(StandardCharsets.UTF_8)));
		}
	}

	/** Writes an empty assessment of the organisation, named, with SKR's checklists; either may be null (not stated). */
	public static void empty(Path folder, String organisation, String name) throws IOException {
		refuseIfNotEmpty(folder);
		Files.createDirectories(folder);
		Assessment assessment = DpiaFactory.eINSTANCE.createAssessment();
		assessment.setId(idOf(folder.toAbsolutePath().normalize().getFileName() == null ? "assessment"
				: folder.toAbsolutePath().normalize().getFileName().toString()));
		assessment.setName(name);
		assessment.setOrganisation(organisation);
		Path model = folder.resolve(MODEL);
		Resource resource = AssessmentFiles.prepare(new ResourceSetImpl())
				.createResource(URI.createFileURI(model.toAbsolutePath().toString()));
		resource.getContents().add(assessment);
		AssessmentFiles.save(resource, model);
		AtomicWrite.write(folder.resolve(CHECKLISTS), out -> out.write(SKR_CHECKLISTS.getBytes(StandardCharsets.UTF_8)));
		AtomicWrite.write(folder.resolve(".gitignore"), out -> out.write(GITIGNORE.getBytes(StandardCharsets.UTF_8)));
		AtomicWrite.write(folder.resolve(".gitattributes"), out -> out.write(GITATTRIBUTES.getBytes(StandardCharsets.UTF_8)));
	}

	/** Refuses a folder that holds anything: a new assessment never overwrites or mixes with existing files. */
	public static void refuseIfNotEmpty(Path folder) throws IOException {
		if (Files.isRegularFile(folder)) {
			throw new RefusedException(folder, true);
		}
		if (Files.isDirectory(folder)) {
			try (Stream<Path> entries = Files.list(folder)) {
				if (entries.findAny().isPresent()) {
					throw new RefusedException(folder, false);
				}
			}
		}
	}

	/** An XMI id from a folder name: letters, digits, '-' and '_' only, accents dropped. */
	public static String idOf(String folderName) {
		String plain = Normalizer.normalize(folderName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
		return plain.isEmpty() || !Character.isLetter(plain.charAt(0)) ? "a-" + plain : plain;
	}
}
