package se.dpia.documents.pdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiPredicate;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;

/**
 * What the layout engine may load while it lays out a document: only files inside the templates folder (the style
 * sheet, the logo, fonts a municipality adds there). A template or a value from the model that names
 * {@code file:///etc/passwd}, a path climbing out of the folder or an {@code http:} URL is not loaded; the engine
 * leaves the image or style out, and nothing leaves the machine. Registered for openhtmltopdf's external resource
 * access control, before and after it resolves a URI against the templates folder.
 */
final class ResourceAccess implements BiPredicate<String, ExternalResourceType> {

	private final Path folder;

	ResourceAccess(URI templates) {
		this.folder = Path.of(templates).toAbsolutePath().normalize();
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
			// relative, not yet resolved against the templates folder: checked again once it is
			return parsed.getPath() != null && !parsed.getPath().startsWith("/");
		}
		if (!parsed.getScheme().toLowerCase(Locale.ROOT).equals("file") || parsed.getAuthority() != null) {
			return false;
		}
		try {
			return Path.of(parsed).toAbsolutePath().normalize().startsWith(folder);
		} catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
			return false;
		}
	}
}
