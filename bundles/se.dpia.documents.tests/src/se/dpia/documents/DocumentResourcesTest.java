package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.documents.pdf.DocumentInfo;
import se.dpia.documents.pdf.PdfWriter;
import se.dpia.model.Assessment;

/**
 * The layout engine loads nothing but files in the templates folder: an image or style sheet a template (or text
 * from the model) names elsewhere on disk or on the network is left out, and no connection is made. A local server
 * socket stands in for the network.
 */
class DocumentResourcesTest {

	/** A 1×1 PNG. */
	private static final byte[] PNG = Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@TempDir
	Path root;

	private Path templates;
	private Path outside;
	private ServerSocketChannel server;

	@BeforeEach
	void prepare() throws IOException {
		templates = Files.createDirectories(root.resolve("templates"));
		outside = Files.createDirectories(root.resolve("elsewhere"));
		Files.write(templates.resolve("logo.png"), PNG);
		Files.write(outside.resolve("secret.png"), PNG);
		Files.writeString(outside.resolve("secret.css"), "p::after { content: \"hemligt\"; }");
		server = ServerSocketChannel.open();
		server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		server.configureBlocking(false);
	}

	@AfterEach
	void close() throws IOException {
		server.close();
	}

	private String local(String path) {
		return "http://127.0.0.1:" + server.socket().getLocalPort() + "/" + path;
	}

	@Test
	void onlyTheTemplatesFolderIsRead() throws Exception {
		String xhtml = """
				<html lang="sv"><head><title>Prov</title>
				<link rel="stylesheet" href="%s"/>
				<link rel="stylesheet" href="%s"/>
				<link rel="stylesheet" href="../elsewhere/secret.css"/>
				<style>body { font-family: 'DejaVu Sans'; }</style></head>
				<body><p>Text</p>
				<img src="logo.png" alt="logotyp"/>
				<img src="%s" alt="a"/>
				<img src="../elsewhere/secret.png" alt="b"/>
				<img src="%s" alt="c"/>
				<img src="jar:%s!/x.png" alt="d"/>
				</body></html>
				""".formatted(local("style.css"), outside.resolve("secret.css").toUri(), outside.resolve("secret.png").toUri(),
				local("image.png"), outside.resolve("secret.png").toUri());

		byte[] pdf = PdfWriter.write(xhtml, templates.toUri(), new DocumentInfo("Prov", "Prov", "Prov", LocalDate.of(2026, 1, 1)));

		assertNull(server.accept(), "the engine connected to the network");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertEquals(1, images(document), "only the logo from the templates folder is drawn");
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertFalse(text.contains("hemligt"), "a style sheet outside the templates folder was applied: " + text);
		}
	}

	@Test
	void markupInModelTextIsShownAsTextAndNothingIsFetched() throws Exception {
		Assessment assessment = TestAssessments.camera();
		assessment.setName("<img src=\"" + local("x.png") + "\"/> <img src=\"file:///etc/passwd\"/>");

		Path pdf = new DocumentSet(DpiaReportTest.BUILT_IN, Language.SV).generate(assessment, root.resolve("out"), p -> {
		}).get(0);

		assertNull(server.accept(), "the engine connected to the network");
		assertTrue(Pdfs.text(pdf).contains("<img src=\"file:///etc/passwd\"/>"), "the name is shown as written");
	}

	private static int images(PDDocument document) throws IOException {
		int images = 0;
		for (PDPage page : document.getPages()) {
			for (COSName name : page.getResources().getXObjectNames()) {
				if (page.getResources().getXObject(name) instanceof PDImageXObject) {
					images++;
				}
			}
		}
		return images;
	}
}
