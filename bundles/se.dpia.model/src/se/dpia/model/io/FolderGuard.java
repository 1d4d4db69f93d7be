package se.dpia.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * Guards a resource set's resource loading: a model file can name other resources (an XML namespace EMF tries to
 * load as a package, an {@code xsi:schemaLocation}, an {@code href} to another model), and EMF would open them
 * through the resource set. This handler refuses every URI but files inside the assessment folders the set has
 * loaded from and the rule language's bundled library, so a hostile model can't make the workbench read a file
 * elsewhere or connect to the network. Paths are compared with every symbolic link resolved ({@link RealPaths}), so a
 * linked subfolder or file that leads out of the folder is refused too.
 */
public final class FolderGuard extends URIHandlerImpl {

	/** Schemes that never leave the machine's assessment folder: plain files (checked below) and the rule library. */
	private static final Set<String> LOCAL_SCHEMES = Set.of("file", "dpia-bibliotek");

	private final Set<Path> folders = new CopyOnWriteArraySet<>();

	private FolderGuard() {
	}

	/** The guard of a resource set, installed first among its URI handlers if it has none yet. */
	public static FolderGuard of(ResourceSet resourceSet) {
		var handlers = resourceSet.getURIConverter().getURIHandlers();
		for (URIHandler handler : handlers) {
			if (handler instanceof FolderGuard guard) {
				return guard;
			}
		}
		FolderGuard guard = new FolderGuard();
		handlers.add(0, guard);
		return guard;
	}

	/** Lets the resource set read files in {@code folder} and below. Until a folder is allowed, files are not limited. */
	public void allow(Path folder) {
		folders.add(RealPaths.of(folder));
	}

	/** Why the URI may not be opened, in English, or null when it may. */
	public String refusal(URI uri) {
		LoadText reason = refusalReason(uri);
		return reason == null ? null : reason.toString();
	}

	/** Why the URI may not be opened, or null when it may. */
	public LoadText refusalReason(URI uri) {
		String scheme = uri.scheme() == null ? "file" : uri.scheme().toLowerCase(Locale.ROOT);
		if (!LOCAL_SCHEMES.contains(scheme)) {
			return new LoadText("refusedScheme", uri.toString());
		}
		if (!scheme.equals("file") || folders.isEmpty()) {
			return null;
		}
		Path file;
		try {
			file = Path.of(uri.isRelative() ? uri.toString() : uri.toFileString()).toAbsolutePath().normalize();
		} catch (IllegalArgumentException e) {
			return new LoadText("notAPath", uri.toString());
		}
		Path real = RealPaths.of(file);
		for (Path folder : folders) {
			if (real.startsWith(folder)) {
				return null;
			}
		}
		if (!real.equals(file)) {
			return new LoadText("throughLink", file.toString(), real.toString(), folders.iterator().next().toString());
		}
		return new LoadText("outsideFolder", file.toString(), folders.iterator().next().toString());
	}

	@Override
	public boolean canHandle(URI uri) {
		return refusal(uri) != null;
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		throw new RefusedException(refusalReason(uri));
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		throw new RefusedException(refusalReason(uri));
	}

	@Override
	public void delete(URI uri, Map<?, ?> options) throws IOException {
		throw new RefusedException(refusalReason(uri));
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return false;
	}

	@Override
	public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
		return Map.of();
	}

	@Override
	public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
		throw new RefusedException(refusalReason(uri));
	}
}
