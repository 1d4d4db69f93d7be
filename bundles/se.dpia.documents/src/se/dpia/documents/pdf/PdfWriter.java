package se.dpia.documents.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;

import se.dpia.documents.Templates;

/**
 * Lays out an XHTML document (from a template) as an archival, accessible PDF: PDF/A-2u, tagged for PDF/UA-1
 * (structure tree, document language from {@code <html lang>}, title shown), DejaVu embedded. The output is
 * deterministic: the document id is a digest of the content and the dates come from {@link DocumentInfo}.
 */
public final class PdfWriter {

	private static final String PRODUCER = "DPIA workbench (openhtmltopdf, Apache PDFBox)";

	/** The output intent's colour profile, read once (the engine copies it into each document). */
	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private PdfWriter() {
	}

	/** As {@link #write(String, Templates, DocumentInfo)} with the templates of a folder, given as its URI. */
	public static byte[] write(String xhtml, URI folder, DocumentInfo info) throws IOException {
		return write(xhtml, Templates.folder(Path.of(folder)), info);
	}

	/**
	 * @param templates where relative links (style sheet, logo) resolve: the only place the engine may load anything
	 *        from ({@link ResourceAccess})
	 */
	public static byte[] write(String xhtml, Templates templates, DocumentInfo info) throws IOException {
		EngineLog.install();
		Fonts.Parsed fonts = Fonts.borrow();
		try {
			return write(xhtml, templates, info, fonts);
		} finally {
			Fonts.giveBack(fonts);
		}
	}

	private static byte[] write(String xhtml, Templates templates, DocumentInfo info, Fonts.Parsed fonts) throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			// laid out and painted in a method of its own: the engine's box tree, styles and DOM are garbage by the
			// time the document is saved (at 1,250 risks the 512 MiB heap then no longer needs a full collection)
			layOut(xhtml, templates, fonts, pdf);
			fixMetadata(pdf, info);
			pdf.getDocument().getTrailer().setItem(COSName.ID, id(xhtml, info));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			pdf.save(out);
			return out.toByteArray();
		}
	}

	/** Lays out the XHTML and paints its pages into {@code pdf}. */
	private static void layOut(String xhtml, Templates templates, Fonts.Parsed fonts, PDDocument pdf) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.usePDDocument(pdf);
		builder.useFastMode();
		builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
		builder.usePdfUaAccessibility(true);
		builder.useColorProfile(SRGB);
		builder.withProducer(PRODUCER);
		Fonts.register(builder, pdf, fonts);
		DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
		drawers.registerDrawer(FlowDiagram.TYPE, new FlowDiagram());
		builder.useObjectDrawerFactory(drawers);
		ResourceAccess access = new ResourceAccess(templates);
		TemplateStreams streams = new TemplateStreams(templates);
		builder.useUriResolver(streams);
		builder.useProtocolsStreamImplementation(streams, Templates.SCHEME);
		builder.useExternalResourceAccessControl(access, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl(access, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.useHttpStreamImplementation(url -> {
			throw new IllegalStateException("documents never load from the network: " + url);
		});
		builder.withHtmlContent(xhtml, Templates.BASE.toString());
		PdfBoxRenderer renderer = builder.buildPdfRenderer();
		// the renderer's close() frees its own resources only: the document is closed by the caller
		try {
			renderer.layout();
			renderer.createPDFWithoutClosing();
		} finally {
			renderer.close();
		}
	}

	/** Replaces the engine's clock-based dates with the model's date in both the info dictionary and XMP. */
	private static void fixMetadata(PDDocument document, DocumentInfo info) throws IOException {
		PDDocumentInformation dictionary = document.getDocumentInformation();
		Calendar date = calendar(info);
		dictionary.setCreationDate(date);
		dictionary.setModificationDate(null);
		// title, subject and author come from the template's <title> and <meta>, in both places alike
		PDMetadata metadata = document.getDocumentCatalog().getMetadata();
		if (metadata == null) {
			return;
		}
		String xmp;
		try (var in = metadata.createInputStream()) {
			xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String fixed = date == null ? XmpDates.remove(xmp) : XmpDates.replace(xmp, XmpDates.iso(info.date()));
		metadata.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
	}

	private static Calendar calendar(DocumentInfo info) {
		if (info.date() == null) {
			return null;
		}
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
		calendar.clear();
		calendar.set(info.date().getYear(), info.date().getMonthValue() - 1, info.date().getDayOfMonth());
		return calendar;
	}

	/** A content digest as the file identifier: the same content gives the same id, a change a new one. */
	private static COSArray id(String xhtml, DocumentInfo info) {
		try {
			MessageDigest md5 = MessageDigest.getInstance("MD5");
			md5.update(xhtml.getBytes(StandardCharsets.UTF_8));
			md5.update(String.valueOf(info).getBytes(StandardCharsets.UTF_8));
			byte[] digest = md5.digest();
			COSArray id = new COSArray();
			id.add(new COSString(digest));
			id.add(new COSString(Arrays.copyOf(digest, digest.length)));
			return id;
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JVM lacks MD5, which every Java platform must provide", e);
		}
	}
}
