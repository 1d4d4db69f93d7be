package se.dpia.app.assessments;

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
import org.eclipse.osgi.util.NLS;

import se.dpia.app.Messages;
import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.io.AtomicWrite;

/**
 * Makes the folder of a new assessment: a copy of a bundled example, or an empty assessment with the organisation's
 * name and SKR's checklists to answer. Never writes into a folder that already holds files.
 */
public final class NewAssessmentFolder {

	/** The model file of a new empty assessment. */
	public static final String MODEL = "assessment." + AssessmentFiles.EXTENSION;
	/** The rule file with SKR's checklists, each point still to answer. */
	public static final String CHECKLISTS = "checklistor.regler";

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

	private NewAssessmentFolder() {
	}

	/** Copies a bundled example into the folder. */
	public static void fromExample(Path example, Path folder) throws IOException {
		refuseIfNotEmpty(folder);
		try (Stream<Path> files = Files.walk(example)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = folder.resolve(example.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
	}

	/** Writes an empty assessment of the organisation, named, with SKR's checklists. */
	public static void empty(Path folder, String organisation, String name) throws IOException {
		refuseIfNotEmpty(folder);
		Files.createDirectories(folder);
		Assessment assessment = DpiaFactory.eINSTANCE.createAssessment();
		assessment.setId(idOf(folder.getFileName().toString()));
		assessment.setName(name);
		assessment.setOrganisation(organisation);
		Path model = folder.resolve(MODEL);
		Resource resource = AssessmentFiles.prepare(new ResourceSetImpl())
				.createResource(URI.createFileURI(model.toAbsolutePath().toString()));
		resource.getContents().add(assessment);
		AssessmentFiles.save(resource, model);
		AtomicWrite.write(folder.resolve(CHECKLISTS), out -> out.write(SKR_CHECKLISTS.getBytes(StandardCharsets.UTF_8)));
	}

	/** Refuses a folder that holds anything: a new assessment never overwrites or mixes with existing files. */
	public static void refuseIfNotEmpty(Path folder) throws IOException {
		if (Files.isRegularFile(folder)) {
			throw new IOException(NLS.bind(Messages.newFolderIsFile, folder));
		}
		if (Files.isDirectory(folder)) {
			try (Stream<Path> entries = Files.list(folder)) {
				if (entries.findAny().isPresent()) {
					throw new IOException(NLS.bind(Messages.newFolderNotEmpty, folder));
				}
			}
		}
	}

	/** An XMI id from a folder name: letters, digits, '-' and '_' only, accents dropped. */
	static String idOf(String folderName) {
		String plain = Normalizer.normalize(folderName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
		return plain.isEmpty() || !Character.isLetter(plain.charAt(0)) ? "a-" + plain : plain;
	}
}
