package se.dpia.documents;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a document's templates, texts, style sheet and logo come from: the defaults built into this bundle (a copy
 * of the repository's {@code templates/} folder, made by the build), or a municipality's own folder given with
 * {@code --templates DIR} or {@code DPIA_TEMPLATES}. Every read goes through here, by a plain file name: nothing
 * outside the folder (or the bundle's {@code templates/}) can be named, symbolic links included.
 */
public abstract sealed class Templates {

	/**
	 * The base URI the layout engine resolves a template's relative links against (the style sheet, the logo); the
	 * scheme is ours, so the engine can open nothing but what {@link #open} gives it.
	 */
	public static final URI BASE = URI.create("dpia-templates:/");
	/** The scheme of {@link #BASE}. */
	public static final String SCHEME = BASE.getScheme();

	private static final String RESOURCE_FOLDER = "templates/";

	/** The templates built into the bundle. */
	public static Templates bundled() {
		return Bundled.INSTANCE;
	}

	/** The templates in a folder; a name the folder lacks is an error, not a fall-back to the defaults. */
	public static Templates folder(Path folder) {
		return new Folder(folder);
	}

	/** The override when one is given, else the bundled defaults. */
	public static Templates of(Path folderOrNull) {
		return folderOrNull == null ? bundled() : folder(folderOrNull);
	}

	/** Opens a file of the templates by its name (e.g. {@code dokument.css}); null when there is no such file. */
	public abstract InputStream open(String name) throws IOException;

	/** Whether a file of that name is there. */
	public abstract boolean exists(String name);

	/** How a file is named in messages: its path, or its place in the built-in templates. */
	public abstract String describe(String name);

	/** The file name of a link the layout engine resolved against {@link #BASE}, or null when it names no file of ours. */
	public static String nameOf(URI uri) {
		if (uri == null || !SCHEME.equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
				|| uri.getRawAuthority() != null || uri.getPath() == null) {
			return null;
		}
		String name = uri.getPath().startsWith("/") ? uri.getPath().substring(1) : uri.getPath();
		return isPlainName(name) ? name : null;
	}

	/** A name of a file directly in the templates: no folder, no climbing out, nothing hidden. */
	static boolean isPlainName(String name) {
		return !name.isEmpty() && !name.startsWith(".") && name.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':' || c < 0x20);
	}

	private static final class Bundled extends Templates {

		static final Bundled INSTANCE = new Bundled();

		@Override
		public InputStream open(String name) {
			return isPlainName(name) ? Templates.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + name) : null;
		}

		@Override
		public boolean exists(String name) {
			return isPlainName(name) && Templates.class.getClassLoader().getResource(RESOURCE_FOLDER + name) != null;
		}

		@Override
		public String describe(String name) {
			return RESOURCE_FOLDER + name + " (built in; pass --templates DIR for your own)";
		}

		@Override
		public String toString() {
			return "the built-in templates";
		}
	}

	private static final class Folder extends Templates {

		private final Path folder;

		Folder(Path folder) {
			this.folder = folder.toAbsolutePath().normalize();
		}

		@Override
		public InputStream open(String name) throws IOException {
			Path file = file(name);
			return file == null ? null : Files.newInputStream(file);
		}

		@Override
		public boolean exists(String name) {
			try {
				return file(name) != null;
			} catch (IOException e) {
				return false;
			}
		}

		/** The regular file of that name in the folder, resolved through links and still inside it; else null. */
		private Path file(String name) throws IOException {
			if (!isPlainName(name) || !Files.isRegularFile(folder.resolve(name))) {
				return null;
			}
			Path real = folder.resolve(name).toRealPath();
			return real.startsWith(folder.toRealPath()) ? real : null;
		}

		@Override
		public String describe(String name) {
			return folder.resolve(name).toString();
		}

		@Override
		public String toString() {
			return folder.toString();
		}
	}
}
