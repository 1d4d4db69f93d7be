package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogoTest {

	@Test
	void aLogoBesideTheTemplatesIsShownWithItsAlternativeText(@TempDir Path templates, @TempDir Path out) throws Exception {
		try (var files = Files.list(DpiaReportTest.TEMPLATES)) {
			for (Path file : files.toList()) {
				Files.copy(file, templates.resolve(file.getFileName()));
			}
		}
		BufferedImage logo = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = logo.createGraphics();
		g.setColor(new Color(11, 58, 93));
		g.fillRect(0, 0, 120, 40);
		g.dispose();
		ImageIO.write(logo, "png", templates.resolve(Texts.LOGO).toFile());

		Path pdf = new DocumentSet(templates, Language.SV).generate(TestAssessments.camera(), out, p -> { }).get(0);

		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDResources resources = document.getPage(0).getResources();
			int images = 0;
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject) {
					images++;
				}
			}
			assertEquals(1, images, "the logo on the first page");
			assertTrue(hasFigureWithAlt(document.getDocumentCatalog().getStructureTreeRoot().getKids(),
					"Organisationens logotyp"), "a Figure tag with the logo's alternative text");
		}
	}

	static boolean hasFigureWithAlt(java.util.List<Object> kids, String alt) {
		for (Object kid : kids) {
			if (kid instanceof PDStructureElement element) {
				if ("Figure".equals(element.getStructureType()) && alt.equals(element.getAlternateDescription())) {
					return true;
				}
				if (hasFigureWithAlt(element.getKids(), alt)) {
					return true;
				}
			} else if (kid instanceof PDStructureNode node && hasFigureWithAlt(node.getKids(), alt)) {
				return true;
			}
		}
		return false;
	}
}
