package se.dpia.documents.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A .docx is a zip whose entries carry the time they were written; these are set to the document's date (or
 * 1980-01-01 without one), so the same model gives the same bytes, as the PDFs do. Entries keep their order.
 */
final class Zips {

	private Zips() {
	}

	static byte[] withFixedTimes(byte[] zip, LocalDate date) throws IOException {
		LocalDateTime time = (date == null ? LocalDate.of(1980, 1, 1) : date).atStartOfDay();
		ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream rewritten = new ZipOutputStream(out)) {
			rewritten.setLevel(6);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTimeLocal(time);
				rewritten.putNextEntry(copy);
				in.transferTo(rewritten);
				rewritten.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
