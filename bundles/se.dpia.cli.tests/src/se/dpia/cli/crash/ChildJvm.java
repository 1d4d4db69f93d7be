package se.dpia.cli.crash;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts a plain JVM (the one running the tests) on the class path of the bundles in this OSGi test runtime: each
 * bundle's jar (or folder), and this fragment's {@code target/classes}.
 */
public final class ChildJvm {

	private final String classpath;
	private final String description;

	public ChildJvm() {
		Set<String> entries = new LinkedHashSet<>();
		// this test fragment runs from its output folder, which its bundle location does not name
		entries.add(Path.of(System.getProperty("dpia.root", "../.."), "bundles/se.dpia.cli.tests/target/classes")
				.toAbsolutePath().normalize().toString());
		List<String> locations = new ArrayList<>(configuredBundles());
		for (Bundle bundle : FrameworkUtil.getBundle(ChildJvm.class).getBundleContext().getBundles()) {
			locations.add(bundle.getLocation());
		}
		for (String bundleLocation : locations) {
			Path location = path(bundleLocation);
			if (location == null) {
				continue;
			}
			if (Files.isDirectory(location)) {
				Path classes = location.resolve("target/classes");
				if (Files.isDirectory(classes)) {
					entries.add(classes.toString());
				}
				entries.add(location.toString());
			} else if (Files.isRegularFile(location)) {
				// a bundle built in this reactor: its classes folder first, so Xtext reads its grammar from a file
				// (the rule language refuses jar: URIs), then the jar for what only the jar holds (library/)
				Path classes = location.resolveSibling("classes");
				if (location.getParent().getFileName().toString().equals("target") && Files.isDirectory(classes)) {
					entries.add(classes.toString());
				}
				entries.add(location.toString());
			}
		}
		this.classpath = String.join(File.pathSeparator, entries);
		this.description = entries.size() + " class path entries from " + locations.size() + " bundle locations, e.g. "
				+ locations.stream().limit(3).toList();
	}

	/** The bundles the test runtime's {@code config.ini} lists (as Tycho writes it), or none. */
	private static List<String> configuredBundles() {
		String area = System.getProperty("osgi.configuration.area");
		if (area == null) {
			return List.of();
		}
		java.util.Properties config = new java.util.Properties();
		try (var in = java.net.URI.create(area.endsWith("/") ? area : area + "/").resolve("config.ini").toURL().openStream()) {
			config.load(in);
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
		List<String> bundles = new ArrayList<>();
		for (String entry : config.getProperty("osgi.bundles", "").split(",")) {
			int start = entry.indexOf('@', entry.indexOf("file:"));
			bundles.add(start < 0 ? entry.strip() : entry.substring(0, start).strip());
		}
		return bundles;
	}

	/** The file behind a bundle location such as {@code initial@reference:file:/path/x.jar}, or null. */
	private static Path path(String location) {
		int at = location.indexOf("file:");
		if (at < 0) {
			return null;
		}
		String file = location.substring(at + "file:".length());
		try {
			return Path.of(file.startsWith("//") ? file.substring(2) : file).toAbsolutePath().normalize();
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** Where the class path came from, for a failure message. */
	public String description() {
		return description;
	}

	/** A child JVM running {@code mainClass} with the arguments, not yet started. */
	public ProcessBuilder command(String mainClass, String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-Djava.awt.headless=true", "-cp", classpath, mainClass));
		command.addAll(List.of(args));
		return new ProcessBuilder(command);
	}

	/**
	 * Starts {@link CrashChild} with the arguments and returns once it says it is ready (start-up over); its error
	 * output goes to {@code log}.
	 */
	Process start(Path log, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-Djava.awt.headless=true", "-cp", classpath, CrashChild.class.getName()));
		command.addAll(List.of(args));
		Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
		var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
				java.nio.charset.StandardCharsets.UTF_8));
		String line = lines.readLine(); // blocks until the child has loaded its models, or ended
		if (!"ready".equals(line)) {
			child.destroyForcibly();
			throw new IOException("the child did not start (" + description + "): " + java.nio.file.Files.readString(log));
		}
		return child;
	}
}
