package se.dpia.rules.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * Guards the rule language's resource sets: nothing is ever read from or written to the network or into an
 * archive, whoever asks. {@link RuleImports} refuses such imports first; this handler is the second line.
 */
public final class RefusingUriHandler extends URIHandlerImpl {

	private static final Set<String> REFUSED = Set.of("http", "https", "ftp", "jar", "zip", "archive");

	@Override
	public boolean canHandle(URI uri) {
		return uri.scheme() != null && REFUSED.contains(uri.scheme().toLowerCase(java.util.Locale.ROOT));
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		throw new IOException("rule files may not read " + uri + ": only files in the assessment folder and the bundled library");
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		throw new IOException("rule files may not write " + uri);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return false;
	}
}
