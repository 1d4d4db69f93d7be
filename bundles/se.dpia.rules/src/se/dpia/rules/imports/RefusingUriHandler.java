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
 * archive, and no rule file above {@link RuleImports#MAX_BYTES} is parsed, whoever asks. {@link RuleImports} refuses
 * such imports first; this handler is the second line.
 */
public final class RefusingUriHandler extends URIHandlerImpl {

	private static final Set<String> REFUSED = Set.of("http", "https", "ftp", "jar", "zip", "archive");

	@Override
	public boolean canHandle(URI uri) {
		return uri.scheme() != null && REFUSED.contains(uri.scheme().toLowerCase(java.util.Locale.ROOT))
				|| tooLarge(uri) != null;
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		String tooLarge = tooLarge(uri);
		if (tooLarge != null) {
			throw new IOException(uri.lastSegment() + " " + tooLarge);
		}
		throw new IOException("rule files may not read " + uri + ": only files in the assessment folder and the bundled library");
	}

	/** Why a rule file on disk may not be parsed for its size, or null: every rule file, imported or not, is limited. */
	private static String tooLarge(URI uri) {
		if (!uri.isFile() || !"regler".equals(uri.fileExtension())) {
			return null;
		}
		return RuleImports.tooLarge(java.nio.file.Path.of(uri.toFileString()));
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
