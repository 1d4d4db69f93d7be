package se.dpia.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;

import se.dpia.documents.Templates;

/**
 * Gives the layout engine the files of the {@link Templates} under their own URI scheme, and resolves a template's
 * relative links against {@link Templates#BASE}, so the engine reads the style sheet and the logo from the folder or
 * the bundle alike and never opens a file by itself.
 */
final class TemplateStreams implements FSStreamFactory, FSUriResolver {

	private final Templates templates;

	TemplateStreams(Templates templates) {
		this.templates = templates;
	}

	@Override
	public String resolveURI(String baseUri, String uri) {
		try {
			URI parsed = new URI(uri.strip());
			return parsed.isAbsolute() ? parsed.toString() : URI.create(baseUri == null ? Templates.BASE.toString() : baseUri)
					.resolve(parsed).toString();
		} catch (java.net.URISyntaxException | IllegalArgumentException e) {
			return null; // not a link the engine can follow: left out, like a refused one
		}
	}

	@Override
	public FSStream getUrl(String url) {
		String name = Templates.nameOf(URI.create(url));
		return new FSStream() {
			@Override
			public InputStream getStream() {
				try {
					return name == null ? null : templates.open(name);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}

			@Override
			public Reader getReader() {
				InputStream in = getStream();
				return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
			}
		};
	}
}
