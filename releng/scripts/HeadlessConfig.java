import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line's own OSGi configuration, written by the build into a materialised product (run by
 * finish-product.sh with Java's source launcher: {@code java HeadlessConfig.java PRODUCT_DIR}).
 * <p>
 * The product's {@code configuration/} installs all its bundles, the workbench's SWT, JFace and e4 ones too, and the
 * framework resolves them and starts their components on every run of a command. This writes
 * {@code configuration-cli/}: a {@code config.ini} that runs the {@code se.dpia.cli.dpia} application and a
 * {@code bundles.info} with only the bundles the command line needs: the {@linkplain #ROOTS roots} closed over what
 * their manifests require (Require-Bundle, Import-Package,
 * Require-Capability without {@code resolution:=optional}; an imported package from the exporter already taken, else
 * the first headless one; a fragment when its host is taken). It fails, naming the chain, when that closure reaches a
 * UI bundle, so the command line never starts the workbench's bundles by accident.
 */
public final class HeadlessConfig {

	/** Bundles of the workbench: never in the command line's configuration. */
	static final Pattern UI = Pattern.compile(
			"org\\.eclipse\\.(swt|jface|ui|e4\\.ui)(\\..*)?|se\\.dpia\\.(app|model\\.editor|rules\\.ui|nl\\..*)|com\\.github\\.weisj\\.jsvg");

	static final String APPLICATION = "se.dpia.cli.dpia";

	/**
	 * The command line, the configurator that installs the bundles and the runtime that runs the application. The
	 * product's other started bundles (SCR, SPI Fly, the event admin) come in only when a manifest requires them.
	 */
	static final List<String> ROOTS = List.of("se.dpia.cli", "org.eclipse.equinox.simpleconfigurator", "org.eclipse.core.runtime");
	static final String FOLDER = "configuration-cli";

	record Entry(String line, String name, String location, boolean autoStart) {
	}

	record Clause(String value, Map<String, String> attributes) {
		boolean optional() {
			return "optional".equals(attributes.get("resolution:"));
		}
	}

	record Bundle(Entry entry, Map<String, List<Clause>> headers) {
		List<Clause> header(String name) {
			return headers.getOrDefault(name, List.of());
		}
	}

	private final Path product;
	private final Map<String, Bundle> bundles = new LinkedHashMap<>();
	private final Map<String, String> reason = new HashMap<>();
	private final Set<String> taken = new LinkedHashSet<>();
	/** Taken bundles started at launch though the product starts them lazily: see {@link #close()}. */
	private final Set<String> started = new LinkedHashSet<>();

	private HeadlessConfig(Path product) {
		this.product = product;
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: java HeadlessConfig.java PRODUCT_DIR");
			System.exit(2);
		}
		HeadlessConfig config = new HeadlessConfig(Path.of(args[0]));
		List<String> header = config.read();
		List<String> ui = config.close();
		if (!ui.isEmpty()) {
			ui.forEach(name -> System.err.println("HeadlessConfig: the command line would need the UI bundle " + config.chain(name)));
			System.exit(1);
		}
		config.write(header);
	}

	/** Reads the product's bundles.info and every bundle's manifest; returns the comment lines that head the file. */
	private List<String> read() throws IOException {
		List<String> header = new ArrayList<>();
		for (String line : Files.readAllLines(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))) {
			if (line.startsWith("#")) {
				header.add(line);
				continue;
			}
			String[] fields = line.split(",");
			Entry entry = new Entry(line, fields[0], fields[2], Boolean.parseBoolean(fields[4]));
			bundles.put(entry.name(), new Bundle(entry, headers(product.resolve(entry.location()))));
		}
		return header;
	}

	private static Map<String, List<Clause>> headers(Path location) throws IOException {
		Manifest manifest;
		if (Files.isDirectory(location)) {
			try (InputStream in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
				manifest = new Manifest(in);
			}
		} else {
			try (JarFile jar = new JarFile(location.toFile(), false)) {
				manifest = jar.getManifest();
			}
		}
		Map<String, List<Clause>> headers = new HashMap<>();
		for (String name : List.of("Fragment-Host", "Require-Bundle", "Import-Package", "Export-Package", "Require-Capability",
				"Provide-Capability")) {
			String value = manifest == null ? null : manifest.getMainAttributes().getValue(name);
			headers.put(name, value == null ? List.of() : clauses(value));
		}
		return headers;
	}

	/** An OSGi header's clauses: {@code a;b;x=1;y:="2", c}; the paths of a clause are kept as its value, joined. */
	static List<Clause> clauses(String header) {
		List<Clause> clauses = new ArrayList<>();
		for (String part : split(header, ',')) {
			List<String> paths = new ArrayList<>();
			Map<String, String> attributes = new HashMap<>();
			for (String piece : split(part, ';')) {
				Matcher m = Pattern.compile("\\s*([\\w.\\-]+)\\s*(:?=|:[\\w<>]+=)\\s*(.*)", Pattern.DOTALL).matcher(piece);
				if (m.matches()) {
					String key = m.group(1) + (m.group(2).equals(":=") ? ":" : "");
					attributes.put(key, m.group(3).trim().replaceAll("^\"|\"$", ""));
				} else if (!piece.isBlank()) {
					paths.add(piece.trim());
				}
			}
			for (String path : paths) {
				clauses.add(new Clause(path, attributes));
			}
		}
		return clauses;
	}

	/** Splits at a separator outside double quotes. */
	private static List<String> split(String text, char separator) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == separator && !quoted) {
				parts.add(part.toString());
				part.setLength(0);
			} else {
				part.append(c);
			}
		}
		parts.add(part.toString());
		return parts;
	}

	/** Takes se.dpia.cli and the product's started bundles with what they require; returns the UI bundles reached. */
	private List<String> close() {
		Deque<String> work = new ArrayDeque<>();
		for (String root : ROOTS) {
			take(root, "the command line", work);
		}
		while (!work.isEmpty()) {
			String name = work.pop();
			Bundle bundle = bundles.get(name);
			for (Clause clause : bundle.header("Require-Bundle")) {
				if (!clause.optional()) {
					take(clause.value(), name, work);
				}
			}
			for (Clause clause : bundle.header("Fragment-Host")) {
				take(clause.value(), name, work);
			}
			for (Clause clause : bundle.header("Import-Package")) {
				if (!clause.optional()) {
					exporter(clause.value()).ifPresent(exporter -> take(exporter, name, work));
				}
			}
			for (Clause clause : bundle.header("Require-Capability")) {
				// a service a taken bundle looks up, optional or not: its provider, started at launch. The product's
				// SPI Fly registers such services; here, without it (it costs every command 0.4 s), the provider's own
				// activator does: Log4j API without a provider started in time complains, or waits for one, when
				// PDFBox's or POI's logging first uses it
				boolean serviceLoader = clause.value().equals("osgi.serviceloader");
				if (serviceLoader) {
					provider(clause).filter(provider -> !provider.equals(name)).ifPresent(started::add);
				}
				if ((serviceLoader || !clause.optional()) && !clause.value().equals("osgi.ee") && !clause.value().equals("osgi.native")) {
					provider(clause).ifPresent(provider -> take(provider, name, work));
				}
			}
			// a fragment of a bundle taken: its translations, its native code
			for (Bundle other : bundles.values()) {
				for (Clause host : other.header("Fragment-Host")) {
					if (host.value().equals(name) && !UI.matcher(other.entry().name()).matches()) {
						take(other.entry().name(), name, work);
					}
				}
			}
		}
		return taken.stream().filter(name -> UI.matcher(name).matches()).toList();
	}

	private void take(String name, String why, Deque<String> work) {
		if (name.equals("system.bundle") || name.equals("org.eclipse.osgi") || !bundles.containsKey(name)) {
			return; // the framework itself, or a bundle this product does not have (an IDE's, optional at run time)
		}
		if (taken.add(name)) {
			reason.put(name, why);
			work.push(name);
		}
	}

	/** The bundle that exports a package: one already taken, else the first headless one, else the first. */
	private java.util.Optional<String> exporter(String pkg) {
		List<String> exporters = bundles.values().stream()
				.filter(b -> b.header("Export-Package").stream().anyMatch(c -> c.value().equals(pkg)))
				.map(b -> b.entry().name()).toList();
		return exporters.stream().filter(taken::contains).findFirst()
				.or(() -> exporters.stream().filter(n -> !UI.matcher(n).matches()).findFirst())
				.or(() -> exporters.stream().findFirst());
	}

	/** The bundle that provides a required capability: its namespace and every {@code (key=value)} of the filter. */
	private java.util.Optional<String> provider(Clause requirement) {
		String filter = requirement.attributes().getOrDefault("filter:", "");
		Matcher equals = Pattern.compile("\\(([\\w.\\-]+)=([^()*]+)\\)").matcher(filter);
		Map<String, String> wanted = new HashMap<>();
		while (equals.find()) {
			if (!filter.contains("!" + equals.group())) {
				wanted.put(equals.group(1), equals.group(2));
			}
		}
		List<String> providers = bundles.values().stream().filter(b -> b.header("Provide-Capability").stream()
				.anyMatch(c -> c.value().equals(requirement.value()) && provides(c, wanted))).map(b -> b.entry().name()).toList();
		return providers.stream().filter(taken::contains).findFirst()
				.or(() -> providers.stream().filter(n -> !UI.matcher(n).matches()).findFirst())
				.or(() -> providers.stream().findFirst());
	}

	private static boolean provides(Clause capability, Map<String, String> wanted) {
		for (Map.Entry<String, String> want : wanted.entrySet()) {
			if (want.getKey().equals("version")) {
				continue;
			}
			String have = capability.attributes().entrySet().stream().filter(a -> a.getKey().equals(want.getKey())
					|| a.getKey().startsWith(want.getKey() + ":")).map(Map.Entry::getValue).findFirst().orElse(null);
			if (have == null || !List.of(have.split("\\s*,\\s*")).contains(want.getValue())) {
				return false;
			}
		}
		return true;
	}

	/** "X (required by Y, required by Z, ... the command line)". */
	private String chain(String name) {
		List<String> steps = new ArrayList<>();
		String at = name;
		while (reason.containsKey(at) && steps.size() < 30) {
			at = reason.get(at);
			steps.add(at);
		}
		return name + " (required by " + String.join(", required by ", steps) + ")";
	}

	/** configuration-cli/config.ini and its bundles.info, in the product's order; the framework's own line kept. */
	private void write(List<String> header) throws IOException {
		Path folder = product.resolve(FOLDER);
		Path info = folder.resolve("org.eclipse.equinox.simpleconfigurator/bundles.info");
		Files.createDirectories(info.getParent());
		List<String> lines = new ArrayList<>(header);
		bundles.values().stream().map(Bundle::entry)
				.filter(e -> taken.contains(e.name()) || e.name().equals("org.eclipse.osgi"))
				.forEach(e -> lines.add(started.contains(e.name()) && !e.autoStart()
						? e.line().substring(0, e.line().lastIndexOf(',') + 1) + "true" : e.line()));
		Files.write(info, lines, StandardCharsets.UTF_8);

		List<String> ini = new ArrayList<>();
		ini.add("# The command line's configuration, written by releng/scripts/HeadlessConfig.java: only the bundles it needs");
		for (String line : Files.readAllLines(product.resolve("configuration/config.ini"), StandardCharsets.ISO_8859_1)) {
			if (line.startsWith("#") || line.startsWith("eclipse.product=") || line.startsWith("osgi.instance.area.default=")) {
				continue; // the product (and its splash, its workspace) is the workbench's
			}
			ini.add(line.startsWith("eclipse.application=") ? "eclipse.application=" + APPLICATION : line);
		}
		Files.write(folder.resolve("config.ini"), ini, StandardCharsets.ISO_8859_1);
		System.out.println("HeadlessConfig: " + (lines.size() - header.size()) + " of " + bundles.size() + " bundles in "
				+ folder);
	}
}
