package se.dpia.rules.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The rule files shipped inside this bundle under {@code library/} (SKR's checklists), addressed as
 * {@code dpia-bibliotek:/skr/inforande.regler} and read from the bundle's class path, never from disk or network.
 */
public final class RulesLibrary extends URIHandlerImpl {

	/** The URI scheme of library files. */
	public static final String SCHEME = "dpia-bibliotek";
	private static final String FOLDER = "/library/";

	public static URI uriOf(String path) {
		return URI.createURI(SCHEME + ":/" + path);
	}

	public static boolean isLibrary(URI uri) {
		return uri != null && SCHEME.equals(uri.scheme());
	}

	static boolean exists(String path) {
		return RulesLibrary.class.getResource(FOLDER + path) != null;
	}

	@Override
	public boolean canHandle(URI uri) {
		return isLibrary(uri);
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		String path = uri.path().substring(1);
		InputStream stream = path.contains("..") ? null : RulesLibrary.class.getResourceAsStream(FOLDER + path);
		if (stream == null) {
			throw new IOException("the bundled library has no file " + path);
		}
		return stream;
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		String path = uri.path().substring(1);
		return !path.contains("..") && exists(path);
	}
}
