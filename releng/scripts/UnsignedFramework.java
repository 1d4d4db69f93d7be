import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Takes the signature off the product's copy of the OSGi framework ({@code plugins/org.eclipse.osgi_*.jar}), run by
 * finish-product.sh with Java's source launcher: {@code java UnsignedFramework.java PRODUCT_DIR}.
 * <p>
 * The launcher loads the framework with a plain URL class loader, which checks the jar's signature on every start (a
 * digest of each class as it is read), and Java's class-data sharing leaves the classes of a signed jar out of its
 * archive: the framework's 537 classes, and about 100 classes of bundles that extend them (messages, activators).
 * Unsigned, they come from the archive like the bundles' classes. The bundles' own jars stay signed: Equinox defines
 * their classes itself and the archive takes them. The p2 repository keeps the signed original, which an IDE install
 * verifies; the product's artifacts.xml gets the jar's new size.
 */
public final class UnsignedFramework {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

	private UnsignedFramework() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: java UnsignedFramework.java PRODUCT_DIR");
			System.exit(2);
		}
		Path product = Path.of(args[0]);
		List<Path> frameworks;
		try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
			frameworks = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.osgi_[^/]+\\.jar")).toList();
		}
		if (frameworks.size() != 1) {
			System.err.println("UnsignedFramework: expected one plugins/org.eclipse.osgi_*.jar in " + product + ", found " + frameworks);
			System.exit(1);
		}
		Path jar = frameworks.get(0);
		// on a copy moved over the original: a jar the build linked rather than copied stays as it was
		Path copy = jar.resolveSibling(jar.getFileName() + ".tmp");
		Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
		int removed = unsign(copy);
		Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		updateSize(product.resolve("artifacts.xml"), jar);
		System.out.println("UnsignedFramework: " + removed + " signature files taken out of " + product.relativize(jar));
	}

	/** Deletes the jar's signature files; returns how many there were. */
	static int unsign(Path jar) throws IOException {
		int removed = 0;
		try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
			Path metaInf = zip.getPath("/META-INF");
			if (!Files.isDirectory(metaInf)) {
				return 0;
			}
			List<Path> signatures;
			try (Stream<Path> entries = Files.list(metaInf)) {
				signatures = entries.filter(e -> SIGNATURE.matcher(e.toString().substring(1)).matches()).toList();
			}
			for (Path signature : signatures) {
				Files.delete(signature);
				removed++;
			}
		}
		return removed;
	}

	/** The framework artifact's download.size in the product's artifact index, so it describes the jar now there. */
	private static void updateSize(Path artifacts, Path jar) throws IOException {
		if (!Files.exists(artifacts)) {
			return;
		}
		String xml = Files.readString(artifacts, StandardCharsets.UTF_8);
		Matcher m = Pattern.compile("(<artifact classifier='osgi.bundle' id='org.eclipse.osgi' [^>]*>\\s*<properties[^>]*>\\s*"
				+ "<property name='download.size' value=')(\\d+)('/>)").matcher(xml);
		if (m.find()) {
			String updated = xml.substring(0, m.start()) + m.group(1) + Files.size(jar) + m.group(3) + xml.substring(m.end());
			Path temporary = artifacts.resolveSibling(artifacts.getFileName() + ".tmp");
			Files.writeString(temporary, updated, StandardCharsets.UTF_8);
			Files.move(temporary, artifacts, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
	}
}
