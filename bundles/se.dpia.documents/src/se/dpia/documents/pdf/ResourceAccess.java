package se.dpia.documents.pdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.BiPredicate;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;

import se.dpia.documents.Templates;

/**
 * What the layout engine may load while it lays out a document: only files of the {@link Templates} (the style
 * sheet, the logo, fonts a municipality adds there). A template or a value from the model that names
 * {@code file:///etc/passwd}, a path climbing out of the folder or an {@code http:} URL is not loaded; the engine
 * leaves the image or style out, and nothing leaves the machine. Registered for openhtmltopdf's external resource
 * access control, before and after it resolves a URI against {@link Templates#BASE}.
 */
final class ResourceAccess implements BiPredicate<String, ExternalResourceType> {

	private final Templates templates;

	ResourceAccess(Templates templates) {
		this.templates = templates;
	}

	@Override
	public boolean test(String uri, ExternalResourceType type) {
		if (uri == null) {
			return false;
		}
		URI parsed;
		try {
			parsed = new URI(uri.strip());
		} catch (URISyntaxException e) {
			return false;
		}
		if (parsed.getScheme() == null) {
			// relative, not yet resolved against the templates: checked again once it is
			return parsed.getPath() != null && !parsed.getPath().startsWith("/");
		}
		String name = Templates.nameOf(parsed);
		return name != null && templates.exists(name);
	}
}
