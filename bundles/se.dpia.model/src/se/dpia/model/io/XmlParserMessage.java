package se.dpia.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the XML parser said about a malformed model file, in the reader's language. The parser words its messages in
 * the JVM's language when the file is loaded (the JDK's parser has Swedish messages); to show them in another, the
 * file is parsed again, for well-formedness only, with the parser set to that language. The second parse is as closed
 * as the first: no DOCTYPE, no external entities.
 *
 * @param file the file that did not parse
 * @param asLoaded the message as the loader saw it, used when the file no longer fails the same way
 */
public record XmlParserMessage(Path file, String asLoaded) implements InLanguage {

	private static final String LOCALE_PROPERTY = "http://apache.org/xml/properties/locale";

	@Override
	public String in(Locale locale) {
		try (InputStream in = Files.newInputStream(file)) {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			XMLReader reader = factory.newSAXParser().getXMLReader();
			reader.setProperty(LOCALE_PROPERTY, locale);
			reader.setContentHandler(new DefaultHandler());
			reader.parse(new InputSource(in));
		} catch (SAXParseException e) {
			return e.getMessage() == null ? asLoaded : e.getMessage();
		} catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
			// the file changed or the parser can't take the language: the message as it was when loading
		}
		return asLoaded;
	}
}
