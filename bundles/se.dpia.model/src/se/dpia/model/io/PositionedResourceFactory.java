package se.dpia.model.io;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

import se.dpia.model.util.DpiaResourceFactoryImpl;
import se.dpia.model.util.DpiaResourceImpl;

/**
 * The model's resource factory with one addition: while a {@code .dpia} file is parsed, each element's place in the
 * text is recorded from the SAX parser's locator as an {@link ElementPosition}.
 */
final class PositionedResourceFactory extends DpiaResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new PositionedResource(uri);
	}

	private static final class PositionedResource extends DpiaResourceImpl {

		PositionedResource(URI uri) {
			super(uri);
		}

		@Override
		protected XMLLoad createXMLLoad() {
			return new PositionedLoad(createXMLHelper());
		}

		@Override
		protected XMLLoad createXMLLoad(Map<?, ?> options) {
			return createXMLLoad();
		}
	}

	private static final class PositionedLoad extends XMILoadImpl {

		PositionedLoad(XMLHelper helper) {
			super(helper);
		}

		@Override
		protected DefaultHandler makeDefaultHandler() {
			return new SAXXMIHandler(resource, helper, options) {
				@Override
				protected void processObject(EObject object) {
					if (object != null && locator != null) {
						ElementPosition.record(object, locator.getLineNumber(), locator.getColumnNumber());
					}
					super.processObject(object);
				}

				@Override
				protected void processTopObject(EObject object) {
					if (object != null && locator != null) {
						ElementPosition.record(object, locator.getLineNumber(), locator.getColumnNumber());
					}
					super.processTopObject(object);
				}
			};
		}
	}

	/** The recorded positions, moved from the end of each start tag to its {@code <}. */
	static void moveToTagStarts(XMLResource resource, String text) {
		ElementPosition.TextLines lines = new ElementPosition.TextLines(text);
		resource.getAllContents().forEachRemaining(element -> {
			ElementPosition position = ElementPosition.of(element);
			if (position != null) {
				position.moveToTagStart(lines);
			}
		});
	}
}
