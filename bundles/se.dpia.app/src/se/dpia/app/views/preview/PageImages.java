package se.dpia.app.views.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Renders the pages of a PDF to device-independent SWT image data with PDFBox, off the UI thread. A page is drawn
 * either at 100 % (a point is 96/72 pixels, as on a common screen) or scaled to a width in pixels.
 */
final class PageImages {

	/** Pixels per point at 100 %. */
	static final float ACTUAL_SIZE = 96f / 72f;

	private PageImages() {
	}

	/**
	 * @param width the width to fit each page to in pixels, or {@code 0} for 100 %
	 */
	static List<ImageData> render(Path pdf, int width, IProgressMonitor monitor) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFRenderer renderer = new PDFRenderer(document);
			int pages = document.getNumberOfPages();
			monitor.beginTask(pdf.getFileName().toString(), pages);
			List<ImageData> images = new ArrayList<>();
			for (int page = 0; page < pages; page++) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				float points = document.getPage(page).getMediaBox().getWidth();
				float scale = width > 0 ? width / points : ACTUAL_SIZE;
				images.add(imageData(renderer.renderImage(page, scale, ImageType.RGB)));
				monitor.worked(1);
			}
			return images;
		} finally {
			monitor.done();
		}
	}

	private static ImageData imageData(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		// direct 24-bit colour with the masks of BufferedImage's 0xRRGGBB
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}
}
