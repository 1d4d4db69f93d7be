package se.dpia.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;

import se.dpia.model.io.AssessmentFiles;

/** Writes a document to a temporary file beside its target, then moves it into place: never a half-written PDF. */
final class SafeFiles {

	private SafeFiles() {
	}

	static void save(PDDocument document, Path target) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				document.save(out);
			}
			AssessmentFiles.moveIntoPlace(temporary, target);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
