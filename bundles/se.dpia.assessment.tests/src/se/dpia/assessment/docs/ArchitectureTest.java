package se.dpia.assessment.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The bundle graph in {@code docs/architecture.md} is the manifests' graph, and the language stays the language. */
class ArchitectureTest {

	static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));
	private static final Pattern ROW = Pattern.compile("^\\| `([\\w.]+)` \\| (.*) \\|$");
	private static final Set<String> LANGUAGE = Set.of("se.dpia.rules", "se.dpia.rules.ide", "se.dpia.rules.ui");

	@Test
	void theDocumentedBundleGraphIsTheManifests() throws IOException {
		assertEquals(manifests(), documented(), "docs/architecture.md's bundle graph against bundles/*/META-INF/MANIFEST.MF");
	}

	@Test
	void noBundleOfTheLanguageReachesComplianceOrApproval() throws IOException {
		Map<String, Set<String>> graph = manifests();
		for (String bundle : LANGUAGE) {
			Set<String> reached = reachable(graph, bundle);
			assertFalse(reached.contains("se.dpia.compliance"), bundle + " reaches the compliance engine: " + reached);
			assertFalse(reached.contains("se.dpia.assessment"), bundle + " reaches the approval code: " + reached);
		}
	}

	@Test
	void documentsReadNoFolderOrRepository() throws IOException {
		Set<String> reached = reachable(manifests(), "se.dpia.documents");
		assertFalse(reached.contains("se.dpia.assessment"), reached.toString());
		assertTrue(requiredBundles(ROOT.resolve("bundles/se.dpia.documents")).stream().noneMatch(b -> b.contains("jgit")));
	}

	/** Our bundles (not tests, not fragments of the platform) and the ones of ours each requires. */
	static Map<String, Set<String>> manifests() throws IOException {
		Map<String, Set<String>> graph = new TreeMap<>();
		try (Stream<Path> bundles = Files.list(ROOT.resolve("bundles"))) {
			for (Path bundle : bundles.filter(b -> Files.isRegularFile(b.resolve("META-INF/MANIFEST.MF"))).toList()) {
				String name = bundle.getFileName().toString();
				if (name.endsWith(".tests") || name.startsWith("se.dpia.tests.") || name.startsWith("se.dpia.nl.")) {
					continue;
				}
				Set<String> ours = new TreeSet<>();
				requiredBundles(bundle).stream().filter(b -> b.startsWith("se.dpia.")).forEach(ours::add);
				graph.put(name, ours);
			}
		}
		return graph;
	}

	static List<String> requiredBundles(Path bundle) throws IOException {
		try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
			String header = new Manifest(in).getMainAttributes().getValue("Require-Bundle");
			List<String> names = new ArrayList<>();
			if (header != null) {
				// clauses are separated by commas outside quotes (version ranges hold commas)
				for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
					names.add(clause.split(";")[0].strip());
				}
			}
			return names;
		}
	}

	private static Map<String, Set<String>> documented() throws IOException {
		String text = Files.readString(ROOT.resolve("docs/architecture.md"));
		String table = text.substring(text.indexOf("<!-- bundle-graph:begin -->"), text.indexOf("<!-- bundle-graph:end -->"));
		Map<String, Set<String>> graph = new TreeMap<>();
		for (String line : table.lines().toList()) {
			Matcher row = ROW.matcher(line.strip());
			if (row.matches()) {
				Set<String> requires = new TreeSet<>();
				Matcher name = Pattern.compile("`([\\w.]+)`").matcher(row.group(2));
				while (name.find()) {
					requires.add(name.group(1));
				}
				graph.put(row.group(1), requires);
			}
		}
		return graph;
	}

	private static Set<String> reachable(Map<String, Set<String>> graph, String from) {
		Set<String> seen = new HashSet<>();
		Deque<String> next = new ArrayDeque<>(graph.getOrDefault(from, Set.of()));
		while (!next.isEmpty()) {
			String bundle = next.pop();
			if (seen.add(bundle)) {
				next.addAll(graph.getOrDefault(bundle, Set.of()));
			}
		}
		return seen;
	}
}
