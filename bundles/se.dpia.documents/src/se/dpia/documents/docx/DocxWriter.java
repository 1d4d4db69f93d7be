package se.dpia.documents.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import se.dpia.documents.Templates;
import se.dpia.documents.pdf.DocumentInfo;

/**
 * Writes a document as an editable Word file (.docx, Office Open XML) from the same filled XHTML the PDF is laid out
 * from, so both say the same things: {@code h1}–{@code h4} become Word's Heading 1–4 (the navigation pane and a table
 * of contents work), paragraphs and lists stay paragraphs and lists, tables become tables whose header rows repeat
 * on every page, and the heat maps and the data-flow diagram become PNG pictures with their alternative text. The
 * running header is the page header, the page numbers the footer; A4 with the margins of {@code dokument.css}.
 * Written with Apache POI; the bytes are the same for the same input (fixed zip entry times, the model's date).
 */
public final class DocxWriter {

	/** A4 in twentieths of a point. */
	static final int PAGE_WIDTH = 11906;
	static final int PAGE_HEIGHT = 16838;
	/** The margins of dokument.css's {@code @page}: 24mm 18mm 20mm 20mm. */
	static final int MARGIN_TOP = mm(24);
	static final int MARGIN_RIGHT = mm(18);
	static final int MARGIN_BOTTOM = mm(20);
	static final int MARGIN_LEFT = mm(20);
	/** The width between the margins, where tables and pictures go. */
	static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

	private DocxWriter() {
	}

	/**
	 * The Word file of a filled template.
	 *
	 * @param templates where the style sheet (column widths) and the logo are read from
	 * @throws IOException when the XHTML is not well-formed (the template's line and column are named)
	 */
	public static byte[] write(String xhtml, Templates templates, DocumentInfo info) throws IOException {
		Document html = parse(xhtml);
		// xmlbeans finds the compiled OOXML schemas through the context class loader: in OSGi, this bundle's loader
		// sees them (Require-Bundle), whatever thread or context the caller comes with
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(DocxWriter.class.getClassLoader());
		try (XWPFDocument document = new XWPFDocument()) {
			Element root = html.getDocumentElement();
			Styles.define(document, root.getAttribute("lang"), isPlain(root));
			pageSetup(document);
			properties(document, root, info);
			new Blocks(document, templates, ColumnWidths.read(templates)).body(element(root, "body"));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return Zips.withFixedTimes(out.toByteArray(), info.date());
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** The XHTML as a DOM, without loading anything from outside (no DTD, no external entities). */
	static Document parse(String xhtml) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
			factory.setNamespaceAware(false);
			factory.setExpandEntityReferences(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new InputSource(new StringReader(xhtml)));
		} catch (SAXParseException e) {
			throw new IOException("the filled template is not well-formed XHTML at line " + e.getLineNumber() + ", column "
					+ e.getColumnNumber() + ": " + e.getMessage() + "; check the template's tags");
		} catch (SAXException | ParserConfigurationException e) {
			throw new IOException("the filled template cannot be read as XHTML: " + e.getMessage(), e);
		}
	}

	private static boolean isPlain(Element root) {
		Element body = element(root, "body");
		return body != null && (" " + body.getAttribute("class") + " ").contains(" plain ");
	}

	private static void pageSetup(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setHeader(BigInteger.valueOf(mm(10)));
		margins.setFooter(BigInteger.valueOf(mm(10)));
		margins.setGutter(BigInteger.ZERO);
	}

	/** Title, subject and author from the template's {@code <title>} and {@code <meta>}, as in the PDF; the model's date. */
	private static void properties(XWPFDocument document, Element root, DocumentInfo info) {
		POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
		Element head = element(root, "head");
		Element title = head == null ? null : element(head, "title");
		core.setTitle(title != null ? Html.collapsed(title.getTextContent()) : info.title());
		core.setSubjectProperty(meta(head, "subject", info.subject()));
		core.setCreator(meta(head, "author", info.author()));
		core.setCreated(info.date() == null ? Optional.empty()
				: Optional.of(Date.from(info.date().atStartOfDay().toInstant(ZoneOffset.UTC))));
		document.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("DPIA workbench (Apache POI)");
	}

	private static String meta(Element head, String name, String fallback) {
		if (head != null) {
			NodeList metas = head.getElementsByTagName("meta");
			for (int i = 0; i < metas.getLength(); i++) {
				Element meta = (Element) metas.item(i);
				if (name.equals(meta.getAttribute("name"))) {
					return Html.collapsed(meta.getAttribute("content"));
				}
			}
		}
		return fallback == null ? "" : fallback;
	}

	/** The first child element of a name, or null. */
	static Element element(Element parent, String name) {
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element child && child.getTagName().equalsIgnoreCase(name)) {
				return child;
			}
		}
		return null;
	}

	/** Millimetres in twentieths of a point. */
	static int mm(double millimetres) {
		return (int) Math.round(millimetres / 25.4 * 1440);
	}
}
